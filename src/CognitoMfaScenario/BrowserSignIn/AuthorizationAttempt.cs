using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>
/// One authorization code request: the URL the browser opens, and what the app keeps to finish it — the state it
/// must get back (so a redirect it did not ask for is refused), the nonce the ID token must carry, and the PKCE verifier.
/// </summary>
public sealed class AuthorizationAttempt
{
    /// <summary>What the scenario asks for: an ID token, the user's email and profile, and an access token for the user's own API calls.</summary>
    public static readonly IReadOnlyList<string> Scopes = ["openid", "email", "profile", "aws.cognito.signin.user.admin"];

    private AuthorizationAttempt(Uri authorizeUrl, Uri redirectUri, string state, string nonce, Pkce pkce)
    {
        AuthorizeUrl = authorizeUrl;
        RedirectUri = redirectUri;
        State = state;
        Nonce = nonce;
        Pkce = pkce;
    }

    public Uri AuthorizeUrl { get; }

    public Uri RedirectUri { get; }

    public string State { get; }

    public string Nonce { get; }

    public Pkce Pkce { get; }

    public static AuthorizationAttempt Create(Uri authorizeEndpoint, string clientId, Uri redirectUri, RandomNumberGenerator random)
    {
        var pkce = Pkce.Create(random);
        var state = Pkce.RandomText(random, 16);
        var nonce = Pkce.RandomText(random, 16);
        var url = QueryHelpers.AddQueryString(authorizeEndpoint.AbsoluteUri, new Dictionary<string, string?>
        {
            ["response_type"] = "code",
            ["client_id"] = clientId,
            ["redirect_uri"] = redirectUri.OriginalString,
            ["scope"] = string.Join(' ', Scopes),
            ["state"] = state,
            ["nonce"] = nonce,
            ["code_challenge"] = pkce.Challenge,
            ["code_challenge_method"] = Pkce.Method,
        });
        return new AuthorizationAttempt(new Uri(url), redirectUri, state, nonce, pkce);
    }
}
