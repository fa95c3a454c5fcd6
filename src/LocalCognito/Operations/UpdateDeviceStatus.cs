using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class UpdateDeviceStatus(CognitoStore store, TokenService tokens, TimeProvider time) : ICognitoOperation
{
    public string Name => "UpdateDeviceStatus";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        UserDevices.SetStatus(store, pool, user, request, time.GetUtcNow());
        return new JsonObject();
    }
}
