using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Store;
using LocalCognito.Triggers;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Auth;

/// <summary>Tokens for the OAuth 2.0 endpoints: scoped user tokens (code, implicit) and client_credentials tokens.</summary>
public sealed partial class TokenService
{
    /// <summary>
    /// A sign-in through managed login: tokens carrying the granted scopes and version 2, the id token (only with
    /// openid) with nonce and at_hash. The refresh token is in the result too; implicit grants drop it.
    /// </summary>
    public JsonObject OAuthSignIn(UserPool pool, AppClient client, User user, DateTimeOffset authTime, IReadOnlyList<string> scopes, string? nonce) =>
        SignIn(pool, client, user, deviceKey: null, authTime, scopes, nonce, PreTokenGenerationTrigger.HostedAuth);

    /// <summary>
    /// client_credentials: an access token only, for the app client itself (sub = client id), with the custom scopes.
    /// </summary>
    public JsonObject ClientCredentials(UserPool pool, AppClient client, IReadOnlyList<string> scopes)
    {
        var now = time.GetUtcNow();
        var claims = new JsonObject
        {
            ["sub"] = client.ClientId,
            ["token_use"] = "access",
            ["scope"] = string.Join(' ', scopes),
            ["auth_time"] = now.ToUnixTimeSeconds(),
            ["iss"] = server.IssuerFor(pool.Id),
            ["exp"] = (now + client.AccessTokenValidity).ToUnixTimeSeconds(),
            ["iat"] = now.ToUnixTimeSeconds(),
            ["version"] = 2,
            ["jti"] = Guid.NewGuid().ToString(),
            ["client_id"] = client.ClientId,
        };
        return new JsonObject
        {
            ["AccessToken"] = _handler.CreateToken(claims.ToJsonString(), keys.CredentialsFor(pool)),
            ["ExpiresIn"] = (int)client.AccessTokenValidity.TotalSeconds,
            ["TokenType"] = "Bearer",
        };
    }

    /// <summary>OIDC's at_hash: the left half of the access token's SHA-256, base64url.</summary>
    private static string AccessTokenHash(string accessToken)
    {
        var hash = SHA256.HashData(Encoding.ASCII.GetBytes(accessToken));
        return Base64UrlEncoder.Encode(hash, 0, hash.Length / 2);
    }
}
