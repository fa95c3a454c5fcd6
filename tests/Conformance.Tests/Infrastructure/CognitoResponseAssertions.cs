using System.Text.Json;
using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>Shape checks for responses an outside client printed.</summary>
public static class CognitoResponseAssertions
{
    /// <summary>Asserts the response is the given challenge with a session; returns the session.</summary>
    public static string AssertChallenge(JsonObject response, string challengeName)
    {
        var context = SecretRedaction.Redact(response.ToJsonString());
        Assert.True(response["ChallengeName"]?.GetValue<string>() == challengeName, $"Expected challenge {challengeName}: {context}");
        var session = response["Session"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(session), $"Challenge {challengeName} came without a Session: {context}");
        Assert.True(response["AuthenticationResult"] is null, $"A challenge must not carry tokens: {context}");
        return session!;
    }

    /// <summary>Asserts the response carries tokens as Cognito issues them; returns the AuthenticationResult.</summary>
    public static JsonObject AssertTokens(JsonObject response)
    {
        var context = SecretRedaction.Redact(response.ToJsonString());
        Assert.True(response["ChallengeName"] is null, $"Expected tokens, got a challenge: {context}");
        var result = response["AuthenticationResult"] as JsonObject;
        Assert.True(result is not null, $"No AuthenticationResult: {context}");
        foreach (var token in new[] { "AccessToken", "IdToken", "RefreshToken" })
        {
            Assert.False(string.IsNullOrEmpty(result![token]?.GetValue<string>()), $"AuthenticationResult lacks {token}: {context}");
        }

        Assert.True(result!["ExpiresIn"]?.GetValue<int>() == 3600, $"ExpiresIn must be 3600: {context}");
        Assert.True(result["TokenType"]?.GetValue<string>() == "Bearer", $"TokenType must be Bearer: {context}");
        return result;
    }

    /// <summary>MFAS_CAN_SETUP is a JSON array encoded as a string, e.g. "[\"SOFTWARE_TOKEN_MFA\"]".</summary>
    public static IReadOnlyList<string> MfasCanSetup(JsonObject response)
    {
        var raw = response["ChallengeParameters"]?["MFAS_CAN_SETUP"];
        Assert.True(raw is JsonValue value && value.TryGetValue<string>(out _),
            $"MFAS_CAN_SETUP must be a JSON string: {SecretRedaction.Redact(response.ToJsonString())}");
        try
        {
            return JsonSerializer.Deserialize<string[]>(raw!.GetValue<string>()) ?? [];
        }
        catch (JsonException)
        {
            Assert.Fail($"MFAS_CAN_SETUP must hold a JSON array of MFA types, got {raw}");
            throw; // not reached
        }
    }
}
