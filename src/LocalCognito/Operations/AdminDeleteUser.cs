using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminDeleteUser(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminDeleteUser";

    public JsonObject Execute(JsonObject request)
    {
        lock (store.Sync)
        {
            var pool = store.RequirePool(request.Required("UserPoolId"));
            store.DeleteUser(store.RequireUser(pool, request.Required("Username")));
        }
        return new JsonObject();
    }
}
