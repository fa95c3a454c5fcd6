using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Triggers;

/// <summary>What a pre sign-up function decided: confirm the user now, mark email / phone number verified.</summary>
public sealed record PreSignUpDecision(bool AutoConfirmUser, bool AutoVerifyEmail, bool AutoVerifyPhone)
{
    public static readonly PreSignUpDecision None = new(false, false, false);
}

/// <summary>
/// PreSignUp (PreSignUp_SignUp, PreSignUp_AdminCreateUser): runs before the user is stored; a function error rejects
/// the sign-up with UserLambdaValidationException and nothing is stored.
/// </summary>
public sealed class PreSignUpTrigger(TriggerRunner runner)
{
    public PreSignUpDecision Run(UserPool pool, string triggerSource, string userName, string? clientId,
        IEnumerable<(string Name, string Value)> attributes, JsonNode? validationData, JsonNode? clientMetadata)
    {
        var request = new JsonObject
        {
            ["userAttributes"] = TriggerEvent.UserAttributes(attributes),
            ["validationData"] = validationData is JsonArray ? TriggerEvent.NameValueMap(validationData) : null,
            ["clientMetadata"] = TriggerEvent.StringMap(clientMetadata),
        };
        var initial = new JsonObject { ["autoConfirmUser"] = false, ["autoVerifyEmail"] = false, ["autoVerifyPhone"] = false };
        var response = runner.RunIfConfigured(pool, EmulatedTriggers.PreSignUp,
            new TriggerEventData(triggerSource, userName, clientId, request) { Response = initial });
        if (response is null)
        {
            return PreSignUpDecision.None;
        }

        return new PreSignUpDecision(Flag(response, "autoConfirmUser"), Flag(response, "autoVerifyEmail"), Flag(response, "autoVerifyPhone"));
    }

    private static bool Flag(JsonObject response, string name) => response[name] is JsonValue value && value.TryGetValue<bool>(out var flag) && flag;
}
