using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteUserPool(CognitoStore store, SigningKeys keys) : ICognitoOperation
{
    public string Name => "DeleteUserPool";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        store.DeletePool(pool.Id);
        keys.Forget(pool.Id);
        return new JsonObject();
    }
}
