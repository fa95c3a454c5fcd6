using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tokens;
using Moq;

namespace CognitoMfaScenario.Tests.BrowserSignIn;

public sealed class ManagedLoginDiscoveryTests
{
    private const string PoolId = "us-east-1_Abc";
    private static readonly Uri AwsDiscovery = new($"https://cognito-idp.us-east-1.amazonaws.com/{PoolId}/.well-known/openid-configuration");
    private readonly Mock<IWellKnownDocuments> _documents = new();

    private static ScenarioTarget Aws => new(TargetKind.Aws, PoolId, "client-1", null, "us-east-1", null, HasOutbox: false);

    [Fact]
    public async Task The_endpoints_come_from_cognitos_discovery_document_on_the_pools_domain()
    {
        Serve(AwsDiscovery, """
            {"issuer": "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc",
             "authorization_endpoint": "https://my-prefix.auth.us-east-1.amazoncognito.com/oauth2/authorize",
             "token_endpoint": "https://my-prefix.auth.us-east-1.amazoncognito.com/oauth2/token"}
            """);

        var found = (await new ManagedLoginDiscovery(_documents.Object, Aws).FindAsync(CancellationToken.None)).Endpoints!;

        Assert.Equal(new Uri("https://my-prefix.auth.us-east-1.amazoncognito.com/oauth2/authorize"), found.Authorize);
        Assert.Equal(new Uri("https://my-prefix.auth.us-east-1.amazoncognito.com/oauth2/token"), found.Token);
        Assert.Contains(AwsDiscovery.ToString(), found.Source);
    }

    [Fact]
    public async Task A_pool_without_a_domain_has_no_sign_in_page()
    {
        // What Cognito's document says for a pool without a domain: addresses on cognito-idp that serve nothing.
        Serve(AwsDiscovery, """
            {"authorization_endpoint": "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc/authorize",
             "token_endpoint": "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Abc/token"}
            """);

        var lookup = await new ManagedLoginDiscovery(_documents.Object, Aws).FindAsync(CancellationToken.None);

        Assert.Null(lookup.Endpoints);
        Assert.StartsWith("the pool has no domain", lookup.WhyNone);
        Assert.Contains("CreateUserPoolDomain", lookup.WhyNone);
    }

    [Fact]
    public async Task Without_endpoints_in_the_document_the_configured_domain_is_used_and_said_so()
    {
        Serve(AwsDiscovery, """{"issuer": "x"}""");
        var target = Aws with { DomainBaseUrl = new Uri("https://mfa-scenario-1a2b3c4d.auth.us-east-1.amazoncognito.com/") };

        var found = (await new ManagedLoginDiscovery(_documents.Object, target).FindAsync(CancellationToken.None)).Endpoints!;

        Assert.Equal(new Uri("https://mfa-scenario-1a2b3c4d.auth.us-east-1.amazoncognito.com/oauth2/authorize"), found.Authorize);
        Assert.Equal(new Uri("https://mfa-scenario-1a2b3c4d.auth.us-east-1.amazoncognito.com/oauth2/token"), found.Token);
        Assert.StartsWith("the configured domain https://mfa-scenario-1a2b3c4d", found.Source);
    }

    [Fact]
    public async Task An_unreadable_document_says_why()
    {
        _documents.Setup(d => d.GetAsync(AwsDiscovery, It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("Name or service not known"));

        var lookup = await new ManagedLoginDiscovery(_documents.Object, Aws).FindAsync(CancellationToken.None);

        Assert.Null(lookup.Endpoints);
        Assert.Contains("cannot be read (Name or service not known)", lookup.WhyNone);
    }

    [Fact]
    public async Task At_an_endpoint_the_endpoints_own_discovery_document_is_read()
    {
        var target = new ScenarioTarget(TargetKind.Endpoint, PoolId, "client-1", null, "us-east-1", new Uri("http://127.0.0.1:9229"), HasOutbox: true);
        Serve(target.DiscoveryUri!, """
            {"authorization_endpoint": "http://127.0.0.1:9229/domain/mfa-scenario/oauth2/authorize",
             "token_endpoint": "http://127.0.0.1:9229/domain/mfa-scenario/oauth2/token"}
            """);

        var found = (await new ManagedLoginDiscovery(_documents.Object, target).FindAsync(CancellationToken.None)).Endpoints!;

        Assert.Equal("/domain/mfa-scenario/oauth2/token", found.Token.AbsolutePath);
    }

    private void Serve(Uri address, string json) =>
        _documents.Setup(d => d.GetAsync(address, It.IsAny<CancellationToken>())).ReturnsAsync(json);
}
