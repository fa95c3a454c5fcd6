using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminUpdateDeviceStatus(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminUpdateDeviceStatus";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        UserDevices.SetStatus(store, pool, user, request, time.GetUtcNow());
        return new JsonObject();
    }
}
