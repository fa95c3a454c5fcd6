using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminForgetDevice(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminForgetDevice";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        if (!store.DeleteUsersDevice(pool, user.Username, request.Required("DeviceKey")))
        {
            throw UserDevices.NotFound();
        }

        return new JsonObject();
    }
}
