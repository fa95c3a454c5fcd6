using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Revokes every refresh token of the user and, with them, the access tokens issued alongside.</summary>
public sealed class GlobalSignOut(CognitoStore store, TokenService tokens) : ICognitoOperation
{
    public string Name => "GlobalSignOut";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        store.RevokeGrants(pool.Id, pool.UsernameKey(user.Username));
        return new JsonObject();
    }
}
