using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminUserGlobalSignOut(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminUserGlobalSignOut";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        store.RevokeGrants(pool.Id, pool.UsernameKey(user.Username));
        return new JsonObject();
    }
}
