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
        if (pool.Settings["DeletionProtection"]?.GetValue<string>() == "ACTIVE")
        {
            throw Errors.InvalidParameter("The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.");
        }

        store.DeletePool(pool.Id);
        keys.Forget(pool.Id);
        return new JsonObject();
    }
}
