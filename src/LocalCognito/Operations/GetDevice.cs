using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class GetDevice(CognitoStore store, TokenService tokens) : ICognitoOperation
{
    public string Name => "GetDevice";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = tokens.ValidateAccessToken(
            request.OptionalString("AccessToken") ?? throw Errors.InvalidParameter("An AccessToken is required to get a device."));
        return new JsonObject { ["Device"] = ListDevices.Describe(UserDevices.Require(store, pool, user, request.Required("DeviceKey"))) };
    }
}
