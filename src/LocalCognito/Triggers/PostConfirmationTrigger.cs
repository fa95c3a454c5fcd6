using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Triggers;

/// <summary>
/// PostConfirmation (PostConfirmation_ConfirmSignUp, PostConfirmation_ConfirmForgotPassword): runs after the user is
/// confirmed or the new password set; Cognito reads nothing from its response, but a function error reaches the caller.
/// </summary>
public sealed class PostConfirmationTrigger(TriggerRunner runner)
{
    public const string ConfirmSignUp = "PostConfirmation_ConfirmSignUp";
    public const string ConfirmForgotPassword = "PostConfirmation_ConfirmForgotPassword";

    public void Run(UserPool pool, string triggerSource, User user, string? clientId, JsonNode? clientMetadata)
    {
        var request = new JsonObject
        {
            ["userAttributes"] = TriggerEvent.UserAttributes(user),
            ["clientMetadata"] = TriggerEvent.StringMap(clientMetadata),
        };
        runner.RunIfConfigured(pool, EmulatedTriggers.PostConfirmation, new TriggerEventData(triggerSource, user.Username, clientId, request));
    }
}
