using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ForgetDevice(CognitoStore store, TokenService tokens) : ICognitoOperation
{
    public string Name => "ForgetDevice";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = tokens.ValidateAccessToken(
            request.Str("AccessToken") ?? throw Errors.InvalidParameter("An AccessToken is required to forget a device."));
        lock (store.Sync)
        {
            var device = store.FindDevice(request.Required("DeviceKey"));
            if (device is null || device.UserPoolId != pool.Id || device.UsernameKey != pool.UsernameKey(user.Username))
            {
                throw Errors.ResourceNotFound("Device does not exist.");
            }

            store.DeleteDevice(device.DeviceKey);
        }
        return new JsonObject();
    }
}
