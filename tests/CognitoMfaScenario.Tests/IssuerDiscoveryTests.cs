using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tests.Support;
using CognitoMfaScenario.Tokens;
using Moq;

namespace CognitoMfaScenario.Tests;

/// <summary>
/// Which issuer the token check expects: Cognito's own on AWS (nothing fetched), the one an endpoint's discovery
/// document reports otherwise, and a stated guess when that document cannot be read.
/// </summary>
public sealed class IssuerDiscoveryTests
{
    private const string PoolId = "us-east-1_Pool";
    private static readonly Uri ProxyEndpoint = new("http://127.0.0.1:8080/");
    private static readonly Uri DiscoveryUri = new($"http://127.0.0.1:8080/{PoolId}/.well-known/openid-configuration");
    private readonly Mock<IWellKnownDocuments> _documents = new(MockBehavior.Strict);

    private static ScenarioTarget Aws => new(TargetKind.Aws, PoolId, "client1", null, "us-east-1", null, false);

    private static ScenarioTarget BehindProxy => new(TargetKind.Endpoint, PoolId, "client1", null, "us-east-1", ProxyEndpoint, true);

    [Fact]
    public async Task On_AWS_the_issuer_is_Cognitos_own_and_nothing_is_fetched()
    {
        var trust = await new IssuerDiscovery(_documents.Object, Aws).GetAsync(CancellationToken.None);

        Assert.Equal([$"https://cognito-idp.us-east-1.amazonaws.com/{PoolId}"], trust.Issuers);
        Assert.Equal(new Uri($"https://cognito-idp.us-east-1.amazonaws.com/{PoolId}/.well-known/jwks.json"), trust.JwksUri);
        Assert.Equal("Cognito's issuer for the pool", trust.Source);
        _documents.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task At_an_endpoint_the_issuer_and_keys_are_the_ones_its_discovery_document_reports_read_once()
    {
        // Behind a proxy the server's public URL (here localhost:8080) need not be the address the scenario calls.
        _documents.Setup(d => d.GetAsync(DiscoveryUri, It.IsAny<CancellationToken>())).ReturnsAsync(
            $$"""{"issuer": "http://localhost:8080/{{PoolId}}", "jwks_uri": "http://localhost:8080/{{PoolId}}/.well-known/jwks.json", "subject_types_supported": ["public"]}""");
        var discovery = new IssuerDiscovery(_documents.Object, BehindProxy);

        var trust = await discovery.GetAsync(CancellationToken.None);
        var again = await discovery.GetAsync(CancellationToken.None);

        Assert.Equal([$"http://localhost:8080/{PoolId}"], trust.Issuers);
        Assert.Equal(new Uri($"http://localhost:8080/{PoolId}/.well-known/jwks.json"), trust.JwksUri);
        Assert.Equal($"as {DiscoveryUri} reports it", trust.Source);
        Assert.Same(trust, again);
        _documents.Verify(d => d.GetAsync(DiscoveryUri, It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task An_unreachable_discovery_document_falls_back_to_the_usual_issuers_and_says_why()
    {
        _documents.Setup(d => d.GetAsync(DiscoveryUri, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Connection refused (127.0.0.1:8080)"));

        var trust = await new IssuerDiscovery(_documents.Object, BehindProxy).GetAsync(CancellationToken.None);

        Assert.Equal([$"https://cognito-idp.us-east-1.amazonaws.com/{PoolId}", $"http://127.0.0.1:8080/{PoolId}"], trust.Issuers);
        Assert.Equal(new Uri($"http://127.0.0.1:8080/{PoolId}/.well-known/jwks.json"), trust.JwksUri);
        Assert.Equal($"assumed: the discovery document {DiscoveryUri} could not be read (Connection refused (127.0.0.1:8080))", trust.Source);
    }

    [Theory]
    [InlineData("<html>Not Found</html>", "the answer is not JSON")]
    [InlineData("[]", "the answer is not a JSON object")]
    [InlineData("""{"jwks_uri": "http://localhost:8080/us-east-1_Pool/.well-known/jwks.json"}""", "it names no http(s) issuer")]
    [InlineData("""{"issuer": "urn:pool", "jwks_uri": "http://localhost:8080/k"}""", "it names no http(s) issuer")]
    [InlineData("""{"issuer": "http://localhost:8080/us-east-1_Other", "jwks_uri": "http://localhost:8080/k"}""",
        "its issuer http://localhost:8080/us-east-1_Other is not pool us-east-1_Pool's")]
    [InlineData("""{"issuer": "http://localhost:8080/us-east-1_Pool"}""", "it names no http(s) jwks_uri")]
    [InlineData("""{"issuer": "http://localhost:8080/us-east-1_Pool", "jwks_uri": 42}""", "it names no http(s) jwks_uri")]
    public async Task A_discovery_document_without_a_usable_issuer_or_jwks_uri_is_not_trusted(string document, string problem)
    {
        _documents.Setup(d => d.GetAsync(DiscoveryUri, It.IsAny<CancellationToken>())).ReturnsAsync(document);

        var trust = await new IssuerDiscovery(_documents.Object, BehindProxy).GetAsync(CancellationToken.None);

        Assert.Equal(BehindProxy.AssumedIssuers, trust.Issuers);
        Assert.Equal($"assumed: the discovery document {DiscoveryUri} could not be read ({problem})", trust.Source);
    }

    [Fact]
    public async Task A_token_minted_under_the_reported_issuer_verifies_with_it_and_would_fail_the_guess()
    {
        var tokens = new TestTokens();
        const string publicIssuer = $"http://localhost:8080/{PoolId}";
        var jwksUri = new Uri(publicIssuer + "/.well-known/jwks.json");
        _documents.Setup(d => d.GetAsync(DiscoveryUri, It.IsAny<CancellationToken>()))
            .ReturnsAsync($$"""{"issuer": "{{publicIssuer}}", "jwks_uri": "{{jwksUri}}"}""");
        _documents.Setup(d => d.GetAsync(jwksUri, It.IsAny<CancellationToken>())).ReturnsAsync(tokens.JwksJson);
        _documents.Setup(d => d.GetAsync(BehindProxy.JwksUri, It.IsAny<CancellationToken>())).ReturnsAsync(tokens.JwksJson);
        var token = tokens.AccessToken(publicIssuer, "ann", "client1", DateTimeOffset.UtcNow);
        var inspector = new TokenInspector(_documents.Object);

        var reported = await new IssuerDiscovery(_documents.Object, BehindProxy).GetAsync(CancellationToken.None);
        var checkedWithReported = Assert.Single(await inspector.InspectAsync(reported, [token], CancellationToken.None));
        var guessed = new TokenTrust(BehindProxy.AssumedIssuers, BehindProxy.JwksUri, "guess");
        var checkedWithGuess = Assert.Single(await inspector.InspectAsync(guessed, [token], CancellationToken.None));

        Assert.Equal(SignatureStatus.Valid, checkedWithReported.Signature);
        Assert.Equal(SignatureStatus.Invalid, checkedWithGuess.Signature);
        Assert.StartsWith($"unexpected issuer {publicIssuer} (expected ", checkedWithGuess.SignatureDetail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_whose_endpoint_has_no_discovery_document_says_the_issuer_is_assumed_and_still_checks_signatures()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true }, TargetKind.Endpoint);
        harness.WellKnown.Setup(d => d.GetAsync(harness.Target.DiscoveryUri!, It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("Response status code does not indicate success: 404 (Not Found)."));

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains($"Expected issuer {string.Join(" or ", harness.Target.AssumedIssuers)}, assumed: the discovery document "
                        + $"{harness.Target.DiscoveryUri} could not be read (Response status code does not indicate success: 404 (Not Found)).", harness.Output);
        Assert.Contains("valid (RS256", harness.Output);
        // Once for the issuer (kept for the run), once more by the browser sign-in looking for the sign-in page, which it then skips.
        harness.WellKnown.Verify(d => d.GetAsync(harness.Target.DiscoveryUri!, It.IsAny<CancellationToken>()), Times.Exactly(2));
        Assert.Contains("Skipped: the pool's discovery document", harness.Output);
    }
}
