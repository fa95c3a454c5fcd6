using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The user's confirmed devices.</summary>
public sealed class ListDevices(CognitoStore store, TokenService tokens) : ICognitoOperation
{
    public string Name => "ListDevices";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        return UserDevices.List(store, pool, user, request);
    }

    public static JsonObject Describe(Device device)
    {
        var attributes = new JsonArray(
            new JsonObject { ["Name"] = "device_status", ["Value"] = "valid" },
            new JsonObject { ["Name"] = "dev:device_remembered_status", ["Value"] = device.Remembered ? "remembered" : "not_remembered" });
        if (device.DeviceName is not null)
        {
            attributes.Add(new JsonObject { ["Name"] = "device_name", ["Value"] = device.DeviceName });
        }

        var view = new JsonObject
        {
            ["DeviceKey"] = device.DeviceKey,
            ["DeviceAttributes"] = attributes,
            ["DeviceCreateDate"] = JsonRequest.Epoch(device.CreateDate),
            ["DeviceLastModifiedDate"] = JsonRequest.Epoch(device.LastModifiedDate),
        };
        if (device.LastAuthenticatedDate is { } last)
        {
            view["DeviceLastAuthenticatedDate"] = JsonRequest.Epoch(last);
        }

        return view;
    }
}
