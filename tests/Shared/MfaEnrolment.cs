using System.Text.Json.Nodes;

namespace TestSupport;

/// <summary>One call of the JSON 1.1 wire protocol: the operation and its request body; the response body, or an exception for an error.</summary>
public delegate Task<JsonObject> WireCall(string operation, JsonObject body);

/// <summary>
/// Enrols an authenticator through MFA_SETUP over the wire protocol, the set-up most MFA tests start from:
/// AssociateSoftwareToken with the challenge's session, VerifySoftwareToken with a code, the answer that completes
/// MFA_SETUP. Over raw JSON so that projects which must not use the client library can share it (linked from tests/Shared).
/// </summary>
public static class MfaEnrolment
{
    /// <summary>Signs in with USER_PASSWORD_AUTH and completes MFA_SETUP.</summary>
    /// <param name="call">The wire.</param>
    /// <param name="clientId">An app client with USER_PASSWORD_AUTH.</param>
    /// <param name="username">A confirmed user without a factor.</param>
    /// <param name="password">Its password.</param>
    /// <param name="codeFor">The authenticator: the code to verify the new secret with.</param>
    /// <returns>The secret and the AuthenticationResult.</returns>
    public static async Task<(string Secret, JsonObject Tokens)> EnrolAsync(WireCall call, string clientId, string username, string password,
        Func<string, Task<string>> codeFor)
    {
        var signIn = await call("InitiateAuth", new JsonObject
        {
            ["ClientId"] = clientId,
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = password },
        });
        Expect(signIn["ChallengeName"]?.GetValue<string>() == "MFA_SETUP", $"expected MFA_SETUP, got {signIn["ChallengeName"]?.ToString() ?? "tokens"}");
        var (secret, session) = await AssociateAndVerifyAsync(call, Text(signIn, "Session"), codeFor);
        return (secret, await CompleteAsync(call, clientId, username, session));
    }

    /// <summary>AssociateSoftwareToken with the MFA_SETUP session, then VerifySoftwareToken with the authenticator's code.</summary>
    /// <returns>The secret, and the session that completes MFA_SETUP.</returns>
    public static async Task<(string Secret, string Session)> AssociateAndVerifyAsync(WireCall call, string setupSession, Func<string, Task<string>> codeFor)
    {
        var associated = await call("AssociateSoftwareToken", new JsonObject { ["Session"] = setupSession });
        var secret = Text(associated, "SecretCode");
        var verified = await call("VerifySoftwareToken", new JsonObject
        {
            ["Session"] = Text(associated, "Session"),
            ["UserCode"] = await codeFor(secret),
        });
        Expect(verified["Status"]?.GetValue<string>() == "SUCCESS", $"VerifySoftwareToken status {verified["Status"]}");
        return (secret, Text(verified, "Session"));
    }

    /// <summary>Answers MFA_SETUP with the verified session: RespondToAuthChallenge, or AdminRespondToAuthChallenge when a pool id is given.</summary>
    /// <returns>The AuthenticationResult.</returns>
    public static async Task<JsonObject> CompleteAsync(WireCall call, string clientId, string username, string session, string? userPoolId = null)
    {
        var body = new JsonObject
        {
            ["ClientId"] = clientId,
            ["ChallengeName"] = "MFA_SETUP",
            ["Session"] = session,
            ["ChallengeResponses"] = new JsonObject { ["USERNAME"] = username },
        };
        if (userPoolId is not null)
        {
            body["UserPoolId"] = userPoolId;
        }

        var completed = await call(userPoolId is null ? "RespondToAuthChallenge" : "AdminRespondToAuthChallenge", body);
        return completed["AuthenticationResult"] as JsonObject
            ?? throw new InvalidOperationException($"Completing MFA_SETUP gave no AuthenticationResult: {completed["ChallengeName"]}");
    }

    private static string Text(JsonObject response, string name) =>
        response[name]?.GetValue<string>() ?? throw new InvalidOperationException($"The response has no {name}.");

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException(what);
        }
    }
}
