using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminGetDevice(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminGetDevice";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        return new JsonObject { ["Device"] = ListDevices.Describe(UserDevices.Require(store, pool, user, request.Required("DeviceKey"))) };
    }
}
