using System.Text.Json.Nodes;
using TestSupport;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Brings a test user to the state a test starts from (confirmed; enrolled in TOTP) over the bare wire,
/// so each test spends its outside-client calls on the behaviour it checks.
/// </summary>
public sealed class UserProvisioning(CognitoWire wire, OutboxReader outbox, string clientId)
{
    /// <summary>Signs the user up (status UNCONFIRMED); returns the UserSub.</summary>
    public async Task<string> CreateUnconfirmedAsync(TestUser user)
    {
        var signUp = await wire.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = clientId,
            ["Username"] = user.Username,
            ["Password"] = user.Password,
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = user.Email }),
        });
        return signUp["UserSub"]?.GetValue<string>() ?? "";
    }

    /// <summary>Signs the user up and confirms them with the code from the outbox; returns the UserSub.</summary>
    public async Task<string> CreateConfirmedAsync(TestUser user)
    {
        var userSub = await CreateUnconfirmedAsync(user);
        await wire.CallAsync("ConfirmSignUp", new JsonObject
        {
            ["ClientId"] = clientId,
            ["Username"] = user.Username,
            ["ConfirmationCode"] = await outbox.LatestCodeForAsync(user.Username),
        });
        return userSub;
    }

    /// <summary>Creates a confirmed user and completes MFA_SETUP; returns their authenticator app and the tokens it gave.</summary>
    public async Task<EnrolledUser> CreateEnrolledAsync(TestUser user)
    {
        await CreateConfirmedAsync(user);
        TotpAuthenticator? authenticator = null;
        var (_, tokens) = await MfaEnrolment.EnrolAsync((operation, body) => wire.CallAsync(operation, body), clientId, user.Username, user.Password,
            secret =>
            {
                authenticator = new TotpAuthenticator(secret);
                return authenticator.NextCodeAsync();
            });
        return new EnrolledUser(authenticator!, tokens);
    }
}
