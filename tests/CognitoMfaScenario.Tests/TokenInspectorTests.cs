using CognitoMfaScenario.Tests.Support;
using CognitoMfaScenario.Tokens;
using Moq;

namespace CognitoMfaScenario.Tests;

public sealed class TokenInspectorTests
{
    private static readonly DateTimeOffset IssuedAt = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly TestTokens _tokens = new();
    private const string Issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Pool";
    private readonly Mock<IWellKnownDocuments> _jwks = new();
    private readonly TokenTrust _trust = new([Issuer], new Uri(Issuer + "/.well-known/jwks.json"), "Cognito's issuer for the pool");

    public TokenInspectorTests() =>
        _jwks.Setup(j => j.GetAsync(_trust.JwksUri, It.IsAny<CancellationToken>())).ReturnsAsync(() => _tokens.JwksJson);

    [Fact]
    public async Task Valid_tokens_are_summarised_with_their_claims_and_a_checked_signature()
    {
        var access = _tokens.AccessToken(Issuer, "ann", "client1", IssuedAt, deviceKey: "us-east-1_dev");
        var id = _tokens.IdToken(Issuer, "ann", "client1", IssuedAt);

        var summaries = await new TokenInspector(_jwks.Object).InspectAsync(_trust, [access, id, null], CancellationToken.None);

        Assert.Equal(2, summaries.Count);
        var accessSummary = summaries[0];
        Assert.Equal(("access", "ann", "client1", "us-east-1_dev"), (accessSummary.TokenUse, accessSummary.Username, accessSummary.ClientId, accessSummary.DeviceKey));
        Assert.Equal(["aws.cognito.signin.user.admin"], accessSummary.Scopes);
        Assert.Equal(IssuedAt.AddHours(1), accessSummary.ExpiresAt);
        Assert.Equal(SignatureStatus.Valid, accessSummary.Signature);
        Assert.Equal(("id", "ann", "ann@example.com", "client1"), (summaries[1].TokenUse, summaries[1].Username, summaries[1].Email, summaries[1].ClientId));
        Assert.Equal(SignatureStatus.Valid, summaries[1].Signature);
        _jwks.Verify(j => j.GetAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>()), Times.Once); // one fetch for both
    }

    [Fact]
    public async Task A_tampered_token_fails_the_signature_check()
    {
        var access = _tokens.AccessToken(Issuer, "ann", "client1", IssuedAt);
        var parts = access.Split('.');
        var forgedPayload = Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(
            Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]).Replace("\"ann\"", "\"eve\"", StringComparison.Ordinal));

        var summary = Assert.Single(await new TokenInspector(_jwks.Object).InspectAsync(_trust, [$"{parts[0]}.{forgedPayload}.{parts[2]}"], CancellationToken.None));

        Assert.Equal("eve", summary.Username);
        Assert.Equal(SignatureStatus.Invalid, summary.Signature);
    }

    [Fact]
    public async Task A_token_from_another_pool_is_rejected_by_issuer()
    {
        var access = _tokens.AccessToken("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other", "ann", "client1", IssuedAt);

        var summary = Assert.Single(await new TokenInspector(_jwks.Object).InspectAsync(_trust, [access], CancellationToken.None));

        Assert.Equal(SignatureStatus.Invalid, summary.Signature);
        Assert.Equal($"unexpected issuer https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other (expected {Issuer})", summary.SignatureDetail);
    }

    [Fact]
    public async Task An_unreachable_JWKS_leaves_the_signature_unchecked_instead_of_failing()
    {
        _jwks.Setup(j => j.GetAsync(It.IsAny<Uri>(), It.IsAny<CancellationToken>())).ThrowsAsync(new HttpRequestException("No route to host"));
        var access = _tokens.AccessToken(Issuer, "ann", "client1", IssuedAt);

        var summary = Assert.Single(await new TokenInspector(_jwks.Object).InspectAsync(_trust, [access], CancellationToken.None));

        Assert.Equal(SignatureStatus.NotChecked, summary.Signature);
        Assert.Contains("No route to host", summary.SignatureDetail);
    }
}
