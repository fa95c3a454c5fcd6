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
        var devices = store.Devices(pool.Id, pool.UsernameKey(user.Username)).Where(device => device.Confirmed)
            .OrderBy(device => device.DeviceKey, StringComparer.Ordinal).ToList();
        var limit = request.Int("Limit") is { } requested and > 0 ? requested : 60;
        var (page, next) = Paging.Page(devices, device => device.DeviceKey, request.OptionalString("PaginationToken"), limit);
        var response = new JsonObject { ["Devices"] = new JsonArray(page.Select(device => (JsonNode)Describe(device)).ToArray()) };
        if (next is not null)
        {
            response["PaginationToken"] = next;
        }

        return response;
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
