using System.Text.Json.Nodes;

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
        var auth = await wire.CallAsync("InitiateAuth", new JsonObject
        {
            ["ClientId"] = clientId,
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = user.Username, ["PASSWORD"] = user.Password },
        });
        Assert.Equal("MFA_SETUP", auth["ChallengeName"]?.GetValue<string>());

        var association = await wire.CallAsync("AssociateSoftwareToken", new JsonObject { ["Session"] = auth["Session"]?.DeepClone() });
        var authenticator = new TotpAuthenticator(association["SecretCode"]!.GetValue<string>());
        var verification = await wire.CallAsync("VerifySoftwareToken", new JsonObject
        {
            ["Session"] = association["Session"]?.DeepClone(),
            ["UserCode"] = await authenticator.NextCodeAsync(),
        });
        var completion = await wire.CallAsync("RespondToAuthChallenge", new JsonObject
        {
            ["ClientId"] = clientId,
            ["ChallengeName"] = "MFA_SETUP",
            ["Session"] = verification["Session"]?.DeepClone(),
            ["ChallengeResponses"] = new JsonObject { ["USERNAME"] = user.Username },
        });
        var tokens = completion["AuthenticationResult"] as JsonObject;
        Assert.True(tokens is not null, "Test set-up: completing MFA_SETUP gave no AuthenticationResult.");
        return new EnrolledUser(authenticator, tokens!);
    }
}
