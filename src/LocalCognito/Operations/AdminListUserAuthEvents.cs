using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The sign-ins LocalCognito saw for a user while threat protection was on, newest first: passed (tokens issued) or
/// failed at the password, with the caller's IP address and User-Agent, and any feedback given since.
/// </summary>
public sealed class AdminListUserAuthEvents(CognitoStore store, AuthEventLog authEvents) : ICognitoOperation
{
    public string Name => "AdminListUserAuthEvents";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        ThreatProtection.Require(pool);
        var (page, next) = Paging.Page(authEvents.EventsOf(pool, user), body => body[AuthEventLog.KeyMember]!.GetValue<string>(),
            request.OptionalString("NextToken"), request.Int("MaxResults") is > 0 and var limit ? limit : 60);
        var response = new JsonObject { ["AuthEvents"] = new JsonArray([.. page.Select(body => (JsonNode)AuthEventLog.View(body))]) };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
