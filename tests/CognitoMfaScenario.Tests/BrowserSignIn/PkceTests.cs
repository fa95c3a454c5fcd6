using System.Security.Cryptography;
using CognitoMfaScenario.BrowserSignIn;
using Microsoft.AspNetCore.WebUtilities;

namespace CognitoMfaScenario.Tests.BrowserSignIn;

public sealed class PkceTests
{
    [Fact]
    public void The_S256_challenge_is_the_one_RFC_7636_gives_for_its_example_verifier() =>
        Assert.Equal("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM", Pkce.ChallengeOf("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"));

    [Fact]
    public void A_verifier_is_43_characters_of_base64url_and_new_every_time()
    {
        using var random = RandomNumberGenerator.Create();

        var first = Pkce.Create(random);
        var second = Pkce.Create(random);

        Assert.Matches("^[A-Za-z0-9_-]{43}$", first.Verifier);
        Assert.NotEqual(first.Verifier, second.Verifier);
        Assert.Equal(Pkce.ChallengeOf(first.Verifier), first.Challenge);
    }

    [Fact]
    public void The_authorize_url_asks_for_a_code_with_PKCE_state_nonce_and_the_scenarios_scopes()
    {
        using var random = RandomNumberGenerator.Create();

        var attempt = AuthorizationAttempt.Create(new Uri("http://127.0.0.1:9229/domain/mfa-scenario/oauth2/authorize"), "client-1",
            new Uri("http://localhost:8765/callback"), random);

        var query = QueryHelpers.ParseQuery(attempt.AuthorizeUrl.Query);
        Assert.Equal("/domain/mfa-scenario/oauth2/authorize", attempt.AuthorizeUrl.AbsolutePath);
        Assert.Equal("code", query["response_type"]);
        Assert.Equal("client-1", query["client_id"]);
        Assert.Equal("http://localhost:8765/callback", query["redirect_uri"]); // exactly as registered
        Assert.Equal("openid email profile aws.cognito.signin.user.admin", query["scope"]);
        Assert.Equal(attempt.State, query["state"]);
        Assert.Equal(attempt.Nonce, query["nonce"]);
        Assert.Equal(attempt.Pkce.Challenge, query["code_challenge"]);
        Assert.Equal("S256", query["code_challenge_method"]);
        Assert.False(query.ContainsKey("code_verifier")); // the verifier never leaves the app before the token request
        Assert.NotEqual(attempt.State, attempt.Nonce);
    }
}
