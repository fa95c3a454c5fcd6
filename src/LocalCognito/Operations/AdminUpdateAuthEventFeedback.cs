using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>An administrator marks a user's sign-in event Valid or Invalid; AdminListUserAuthEvents then shows it.</summary>
public sealed class AdminUpdateAuthEventFeedback(CognitoStore store, AuthEventLog authEvents) : ICognitoOperation
{
    public string Name => "AdminUpdateAuthEventFeedback";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        ThreatProtection.Require(pool);
        var eventId = request.Required("EventId");
        if (!authEvents.GiveFeedback(pool, user, eventId, null, request.Required("FeedbackValue"), "Admin"))
        {
            throw Errors.ResourceNotFound($"Auth event {eventId} does not exist for this user.");
        }

        return new JsonObject();
    }
}
