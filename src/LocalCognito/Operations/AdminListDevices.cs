using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminListDevices(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminListDevices";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        return UserDevices.List(store, pool, user, request);
    }
}
