using System.Text.Json.Nodes;
using Reliability.Tests.Wire;
using TestSupport;

namespace Reliability.Tests.Support;

/// <summary>
/// The scenario's Cognito calls for one user, step by step, over the raw wire protocol:
/// sign-up, confirmation from the outbox, MFA_SETUP, TOTP association and verification, MFA sign-in.
/// It remembers the TOTP secret and the last step used, because Cognito takes each step only once.
/// </summary>
public sealed class MfaUserJourney(CognitoWireClient cognito, string userPoolId, string clientId, string username)
{
    // Meets the default policy (length, upper, lower, digit, symbol); the same for every test user.
    public const string Password = "Reliab1lity!Pass";

    public string Username => username;
    public string? TotpSecret { get; private set; }
    public long LastUsedStep { get; private set; } = long.MinValue;

    /// <summary>The same user (TOTP secret, last used step) talking to another endpoint, e.g. a restarted server.</summary>
    public MfaUserJourney Via(CognitoWireClient other) =>
        new(other, userPoolId, clientId, username) { TotpSecret = TotpSecret, LastUsedStep = LastUsedStep };

    public async Task SignUpAsync(CancellationToken ct = default)
    {
        await cognito.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = clientId,
            ["Username"] = username,
            ["Password"] = Password,
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = $"{username}@example.com" }),
        }, ct);
    }

    /// <summary>Confirms the sign-up with the newest code the outbox holds for this user.</summary>
    public async Task ConfirmFromOutboxAsync(CancellationToken ct = default)
    {
        var messages = await cognito.OutboxAsync(username, ct);
        var code = messages.LastOrDefault()?["code"]?.GetValue<string>()
                   ?? throw new InvalidOperationException($"No outbox message for {username}.");
        await cognito.CallAsync("ConfirmSignUp", new JsonObject
        {
            ["ClientId"] = clientId,
            ["Username"] = username,
            ["ConfirmationCode"] = code,
        }, ct);
    }

    /// <summary>AdminInitiateAuth with the password; returns the challenge name and session.</summary>
    public async Task<(string? Challenge, string? Session)> AdminSignInAsync(CancellationToken ct = default)
    {
        var answer = await cognito.CallAsync("AdminInitiateAuth", new JsonObject
        {
            ["UserPoolId"] = userPoolId,
            ["ClientId"] = clientId,
            ["AuthFlow"] = "ADMIN_USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = Password },
        }, ct);
        return (answer["ChallengeName"]?.GetValue<string>(), answer["Session"]?.GetValue<string>());
    }

    /// <summary>
    /// Signs in, associates a software token and verifies it; returns the session that can complete MFA_SETUP.
    /// </summary>
    public async Task<string> EnrolTotpAsync(CancellationToken ct = default)
    {
        var (challenge, session) = await AdminSignInAsync(ct);
        Expect(challenge == "MFA_SETUP", $"expected MFA_SETUP, got {challenge ?? "tokens"}");
        var (secret, verifiedSession) = await MfaEnrolment.AssociateAndVerifyAsync(Wire(ct), session!, async secret =>
        {
            var step = await NextStepAsync(ct);
            LastUsedStep = step;
            return TotpCodes.ForStep(secret, step);
        });
        TotpSecret = secret;
        return verifiedSession;
    }

    /// <summary>Completes MFA_SETUP with the session from <see cref="EnrolTotpAsync"/>; returns the access token.</summary>
    public async Task<string> CompleteMfaSetupAsync(string session, CancellationToken ct = default) =>
        (await MfaEnrolment.CompleteAsync(Wire(ct), clientId, username, session, userPoolId))["AccessToken"]?.GetValue<string>()
        ?? throw new InvalidOperationException("The MFA_SETUP answer carried no AccessToken.");

    /// <summary>The full MFA sign-in: password, then SOFTWARE_TOKEN_MFA with a fresh code; returns the access token.</summary>
    public async Task<string> SignInWithTotpAsync(CancellationToken ct = default)
    {
        var (challenge, session) = await AdminSignInAsync(ct);
        Expect(challenge == "SOFTWARE_TOKEN_MFA", $"expected SOFTWARE_TOKEN_MFA, got {challenge ?? "tokens"}");
        var step = await NextStepAsync(ct);
        var answer = await cognito.CallAsync("AdminRespondToAuthChallenge", new JsonObject
        {
            ["UserPoolId"] = userPoolId,
            ["ClientId"] = clientId,
            ["ChallengeName"] = "SOFTWARE_TOKEN_MFA",
            ["ChallengeResponses"] = new JsonObject
            {
                ["USERNAME"] = username,
                ["SOFTWARE_TOKEN_MFA_CODE"] = TotpCodes.ForStep(TotpSecret!, step),
            },
            ["Session"] = session,
        }, ct);
        LastUsedStep = step;
        return AccessToken(answer, "SOFTWARE_TOKEN_MFA");
    }

    private WireCall Wire(CancellationToken ct) => (operation, body) => cognito.CallAsync(operation, body, ct);

    private async Task<long> NextStepAsync(CancellationToken ct)
    {
        // The steps the server accepts move on every 30 s; waiting one step always frees a new one.
        while (true)
        {
            if (TotpCodes.NextUsableStep(LastUsedStep, DateTimeOffset.UtcNow) is { } step)
            {
                return step;
            }
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
        }
    }

    private static string AccessToken(JsonObject answer, string challenge) =>
        answer["AuthenticationResult"]?["AccessToken"]?.GetValue<string>()
        ?? throw new InvalidOperationException($"{challenge} answer carried no AccessToken: {answer["ChallengeName"]}");

    private void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{username}: {what}");
        }
    }
}
