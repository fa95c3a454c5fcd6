using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Revokes one refresh token and, through their origin_jti, the access tokens issued from it; the user's other
/// sign-ins are untouched. A token that is unknown (or already gone) is accepted silently, as OAuth revocation is.
/// </summary>
public sealed class RevokeToken(CognitoStore store, TokenService tokens) : ICognitoOperation
{
    public string Name => "RevokeToken";

    public JsonObject Execute(JsonObject request)
    {
        var (_, client) = store.RequireClient(request.Required("ClientId"));
        ClientSecretCheck.Require(client, request.OptionalString("ClientSecret"), "UnauthorizedException");
        if (!client.TokenRevocationEnabled)
        {
            throw LifecycleErrors.RevocationDisabled();
        }

        var token = request.Required("Token");
        // Access and id tokens are JWTs (three dot-separated parts); refresh tokens here are opaque.
        if (token.Count(character => character == '.') == 2)
        {
            throw LifecycleErrors.NotARefreshToken();
        }

        var grant = tokens.GrantOf(token);
        if (grant is null)
        {
            return new JsonObject();
        }

        if (grant.ClientId != client.ClientId)
        {
            throw LifecycleErrors.TokenOfAnotherClient();
        }

        store.RevokeGrant(grant.TokenHash);
        return new JsonObject();
    }
}
