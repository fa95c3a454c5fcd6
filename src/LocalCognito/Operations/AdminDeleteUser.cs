using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminDeleteUser(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminDeleteUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        if (!store.DeleteUser(pool, request.Required("Username")))
        {
            throw Errors.UserNotFound();
        }

        return new JsonObject();
    }
}
