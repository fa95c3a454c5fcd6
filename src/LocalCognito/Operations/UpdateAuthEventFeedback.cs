using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The user's own feedback on a sign-in event, authorized by the event's feedback token rather than by IAM. Cognito
/// mails that token in threat-protection notifications; LocalCognito sends none, so a wrong token is the usual answer.
/// </summary>
public sealed class UpdateAuthEventFeedback(CognitoStore store, AuthEventLog authEvents) : ICognitoOperation
{
    public string Name => "UpdateAuthEventFeedback";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        ThreatProtection.Require(pool);
        if (!authEvents.GiveFeedback(pool, user, request.Required("EventId"), request.Required("FeedbackToken"), request.Required("FeedbackValue"), "User"))
        {
            throw Errors.NotAuthorized("The feedback token is not valid for this event.");
        }

        return new JsonObject();
    }
}
