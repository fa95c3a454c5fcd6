using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Device lookups and changes shared by the user (access token) and admin device operations.</summary>
public static class UserDevices
{
    public static CognitoException NotFound() => Errors.ResourceNotFound("Device does not exist.");

    public static Device Require(CognitoStore store, UserPool pool, User user, string deviceKey) =>
        store.FindDevice(deviceKey) is { } device && device.BelongsTo(pool, user.Username) ? device : throw NotFound();

    /// <summary>The user's confirmed devices, one page at a time (Limit up to 60, PaginationToken).</summary>
    public static JsonObject List(CognitoStore store, UserPool pool, User user, JsonObject request)
    {
        var devices = store.Devices(pool.Id, pool.UsernameKey(user.Username)).Where(device => device.Confirmed)
            .OrderBy(device => device.DeviceKey, StringComparer.Ordinal).ToList();
        var limit = request.Int("Limit") is { } requested and > 0 ? requested : 60;
        var (page, next) = Paging.Page(devices, device => device.DeviceKey, request.OptionalString("PaginationToken"), limit);
        var response = new JsonObject { ["Devices"] = new JsonArray(page.Select(device => (JsonNode)ListDevices.Describe(device)).ToArray()) };
        if (next is not null)
        {
            response["PaginationToken"] = next;
        }

        return response;
    }

    /// <summary>remembered / not_remembered: only a remembered device signs in without an MFA code.</summary>
    public static void SetStatus(CognitoStore store, UserPool pool, User user, JsonObject request, DateTimeOffset now)
    {
        var remembered = request.OptionalString("DeviceRememberedStatus") == "remembered";
        store.UpdateDevice(request.Required("DeviceKey"), NotFound, device =>
        {
            if (!device.BelongsTo(pool, user.Username))
            {
                throw NotFound();
            }

            device.Remembered = remembered;
            device.LastModifiedDate = now;
        });
    }
}
