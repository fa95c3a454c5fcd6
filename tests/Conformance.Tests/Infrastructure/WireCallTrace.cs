using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>Reads the call list lib/wire-trace.mjs records, one readable line per Cognito call.</summary>
public static class WireCallTrace
{
    /// <summary>
    /// E.g. "InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER", "RespondToAuthChallenge SOFTWARE_TOKEN_MFA -> tokens+device",
    /// "ConfirmDevice -> 200", "InitiateAuth USER_SRP_AUTH -> NotAuthorizedException".
    /// </summary>
    public static IReadOnlyList<string> Lines(JsonNode? calls) =>
        calls?.AsArray().Select(call => Line(call!)).ToList() ?? [];

    private static string Line(JsonNode call)
    {
        var sent = call["authFlow"]?.GetValue<string>() ?? call["challengeAnswered"]?.GetValue<string>();
        var request = sent is null ? call["operation"]?.GetValue<string>() : $"{call["operation"]} {sent}";
        string outcome;
        if (call["error"] is JsonObject error)
        {
            outcome = error["type"]?.GetValue<string>() ?? "error";
        }
        else if (call["challengeAsked"]?.GetValue<string>() is { } challenge)
        {
            outcome = challenge;
        }
        else if (call["gotTokens"]?.GetValue<bool>() == true)
        {
            outcome = call["gotNewDeviceMetadata"]?.GetValue<bool>() == true ? "tokens+device" : "tokens";
        }
        else
        {
            outcome = call["status"]?.ToString() ?? "?";
        }

        return $"{request} -> {outcome}";
    }

    /// <summary>Whether the call at <paramref name="index"/> sent a DEVICE_KEY.</summary>
    public static bool SentDeviceKey(JsonNode? calls, int index) =>
        calls?.AsArray().ElementAtOrDefault(index)?["sentDeviceKey"]?.GetValue<bool>() == true;

    /// <summary>Whether every response carried x-amzn-RequestId.</summary>
    public static bool AllHaveRequestId(JsonNode? calls) =>
        calls?.AsArray().All(call => call?["hasRequestId"]?.GetValue<bool>() == true) == true;
}
