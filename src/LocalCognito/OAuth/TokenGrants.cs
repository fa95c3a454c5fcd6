using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.OAuth;

/// <summary>The three grants /oauth2/token serves, each checked as Cognito's token endpoint documents.</summary>
public sealed class TokenGrants(CognitoStore store, TokenService tokens, AuthorizationCodes codes)
{
    /// <summary>authorization_code: a single-use code, for the client and redirect_uri it was issued to, with PKCE.</summary>
    public JsonObject AuthorizationCode(UserPool pool, AppClient client, IFormCollection form)
    {
        var code = ClientAuthentication.Single(form, "code");
        var redirectUri = ClientAuthentication.Single(form, "redirect_uri");
        if (string.IsNullOrEmpty(code) || string.IsNullOrEmpty(redirectUri))
        {
            throw OAuthError.InvalidRequest();
        }

        // A redirect_uri the client does not list, or a client not allowed the code grant, is unauthorized_client
        // (what Cognito's users record for a trailing-slash mismatch).
        if (!client.AllowsOAuthFlow("code") || !client.CallbackUrls().Contains(redirectUri, StringComparer.Ordinal))
        {
            throw OAuthError.UnauthorizedClient();
        }

        var issued = codes.Redeem(code);
        if (issued is null || issued.ClientId != client.ClientId || issued.UserPoolId != pool.Id || issued.RedirectUri != redirectUri
            || !VerifierMatches(issued.CodeChallenge, ClientAuthentication.Single(form, "code_verifier")))
        {
            throw OAuthError.InvalidGrant();
        }

        var user = store.FindUser(pool, issued.Username);
        if (user is null || !user.Enabled)
        {
            throw OAuthError.InvalidGrant();
        }

        return tokens.OAuthSignIn(pool, client, user, issued.AuthTime, issued.Scopes, issued.Nonce);
    }

    /// <summary>refresh_token: new access and id tokens (and a new refresh token when the client rotates them).</summary>
    public JsonObject RefreshToken(UserPool pool, AppClient client, IFormCollection form)
    {
        var refreshToken = ClientAuthentication.Single(form, "refresh_token");
        if (string.IsNullOrEmpty(refreshToken))
        {
            throw OAuthError.InvalidRequest();
        }

        if (!client.AllowsFlow("ALLOW_REFRESH_TOKEN_AUTH"))
        {
            throw OAuthError.UnauthorizedClient();
        }

        try
        {
            var grant = tokens.FindGrant(refreshToken, client);
            var user = store.FindUser(pool, grant.UsernameKey);
            if (user is null || !user.Enabled)
            {
                throw OAuthError.InvalidGrant();
            }

            return client.RefreshTokenRotationEnabled
                ? tokens.Rotate(pool, client, user, grant) ?? throw OAuthError.InvalidGrant()
                : tokens.Refresh(pool, client, user, grant);
        }
        catch (CognitoException)
        {
            throw OAuthError.InvalidGrant(); // unknown, revoked, expired or another client's refresh token
        }
    }

    /// <summary>client_credentials: an access token for the client itself, with the custom scopes asked for (all allowed ones by default).</summary>
    public JsonObject ClientCredentials(UserPool pool, AppClient client, IFormCollection form)
    {
        if (!client.AllowsOAuthFlow("client_credentials") || client.ClientSecret is null)
        {
            throw OAuthError.UnauthorizedClient();
        }

        var requested = (ClientAuthentication.Single(form, "scope") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().ToList();
        var allowed = client.OAuthScopes();
        if (requested.Any(scope => !allowed.Contains(scope, StringComparer.Ordinal)))
        {
            throw OAuthError.InvalidScope();
        }

        // A scope whose resource server was deleted since the client was configured is no longer granted.
        var existing = store.CustomScopes(pool.Id);
        var scopes = (requested.Count > 0 ? requested : allowed).Where(existing.Contains).ToList();
        if (scopes.Count == 0)
        {
            throw OAuthError.InvalidScope();
        }

        return tokens.ClientCredentials(pool, client, scopes);
    }

    /// <summary>PKCE (S256, the only method Cognito implements): without a challenge no verifier is needed.</summary>
    private static bool VerifierMatches(string? challenge, string? verifier)
    {
        if (challenge is null)
        {
            return true;
        }

        if (string.IsNullOrEmpty(verifier))
        {
            return false;
        }

        var computed = Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(computed), Encoding.ASCII.GetBytes(challenge));
    }
}
