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
            request.OptionalString("AccessToken") ?? throw Errors.InvalidParameter("An AccessToken is required to forget a device."));
        if (!store.DeleteUsersDevice(pool, user.Username, request.Required("DeviceKey")))
        {
            throw Errors.ResourceNotFound("Device does not exist.");
        }

        return new JsonObject();
    }
}
