using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// amazon-cognito-identity-js, an SRP implementation no one here wrote, against LocalCognito's SRP:
/// USER_SRP_AUTH, its own device verifier in ConfirmDevice, and device SRP on the next sign-in.
/// </summary>
public sealed class AmazonCognitoIdentityJsTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Srp_sign_in_with_a_totp_code_remembers_the_device_and_the_next_sign_in_needs_no_code()
    {
        var user = TestUser.CreateUnique("js-device");
        var authenticator = (await cognito.Users.CreateEnrolledAsync(user)).Authenticator;

        var observed = await NodeScript.RunAsync("srp-remembered-device.mjs", Input(user, await authenticator.NextCodeAsync()));
        var report = $"{Environment.NewLine}observed: {observed.ToJsonString()}";

        var first = observed["firstSignIn"]!;
        Assert.True(first["outcome"]?.GetValue<string>() == "signedIn", $"The first sign-in must succeed.{report}");
        Assert.Equal(
            [
                "InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER",
                "RespondToAuthChallenge PASSWORD_VERIFIER -> SOFTWARE_TOKEN_MFA",
                "RespondToAuthChallenge SOFTWARE_TOKEN_MFA -> tokens+device",
                "ConfirmDevice -> 200",
            ],
            WireCallTrace.Lines(first["calls"]));
        Assert.True(first["userConfirmationNecessary"]?.GetValue<bool>() == false,
            $"The pool always remembers devices, so ConfirmDevice must not ask for the user's confirmation.{report}");
        var deviceKey = first["rememberedDeviceKey"]?.GetValue<string>() ?? "";
        Assert.Matches($"^{cognito.Region}_[0-9a-f]{{8}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{4}}-[0-9a-f]{{12}}$", deviceKey);
        CognitoTokenAssertions.AssertVerifiedTokens(first["tokens"] as JsonObject, cognito.UserPoolId, cognito.ClientId, user);

        var second = observed["secondSignIn"]!;
        Assert.True(second["outcome"]?.GetValue<string>() == "signedIn", $"The remembered device must sign in without an MFA code.{report}");
        Assert.Equal(
            [
                "InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER",
                "RespondToAuthChallenge PASSWORD_VERIFIER -> DEVICE_SRP_AUTH",
                "RespondToAuthChallenge DEVICE_SRP_AUTH -> DEVICE_PASSWORD_VERIFIER",
                "RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER -> tokens",
            ],
            WireCallTrace.Lines(second["calls"]));
        Assert.True(WireCallTrace.SentDeviceKey(second["calls"], 1), $"The library must answer PASSWORD_VERIFIER with its DEVICE_KEY.{report}");
        var secondTokens = second["tokens"] as JsonObject;
        CognitoTokenAssertions.AssertVerifiedTokens(secondTokens, cognito.UserPoolId, cognito.ClientId, user);
        Assert.Equal(deviceKey, CognitoTokenAssertions.AccessClaims(secondTokens!)["device_key"]?.GetValue<string>());

        var listed = observed["listedDevices"]?["deviceKeys"]?.AsArray().Select(k => k?.GetValue<string>()) ?? [];
        Assert.True(listed.Contains(deviceKey), $"ListDevices must show the remembered device.{report}");

        var refreshed = observed["refreshed"]!;
        Assert.Equal(["InitiateAuth REFRESH_TOKEN_AUTH -> tokens"], WireCallTrace.Lines(refreshed["calls"]));
        Assert.True(WireCallTrace.SentDeviceKey(refreshed["calls"], 0), $"The library refreshes with its DEVICE_KEY.{report}");
        var refreshedTokens = refreshed["tokens"] as JsonObject;
        CognitoTokenAssertions.AssertVerifiedTokens(refreshedTokens, cognito.UserPoolId, cognito.ClientId, user);
        Assert.Equal(deviceKey, CognitoTokenAssertions.AccessClaims(refreshedTokens!)["device_key"]?.GetValue<string>());

        // With USER_PASSWORD_AUTH and the device key, a right password leads straight to DEVICE_SRP_AUTH.
        var passwordSignIn = observed["passwordSignIn"]!;
        Assert.True(passwordSignIn["outcome"]?.GetValue<string>() == "signedIn", $"USER_PASSWORD_AUTH from the remembered device must need no code.{report}");
        Assert.Equal(
            [
                "InitiateAuth USER_PASSWORD_AUTH -> DEVICE_SRP_AUTH",
                "RespondToAuthChallenge DEVICE_SRP_AUTH -> DEVICE_PASSWORD_VERIFIER",
                "RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER -> tokens",
            ],
            WireCallTrace.Lines(passwordSignIn["calls"]));
        Assert.True(WireCallTrace.SentDeviceKey(passwordSignIn["calls"], 0), $"The library sends DEVICE_KEY with USER_PASSWORD_AUTH.{report}");

        foreach (var step in new[] { first, second, refreshed, passwordSignIn })
        {
            Assert.True(WireCallTrace.AllHaveRequestId(step["calls"]), $"Every response carries x-amzn-RequestId.{report}");
        }
    }

    [Fact]
    public async Task Srp_sign_in_enrols_totp_through_mfa_setup_with_the_librarys_own_calls()
    {
        var user = TestUser.CreateUnique("js-enrol");
        await cognito.Users.CreateConfirmedAsync(user);

        var observed = await NodeScript.RunAsync("srp-mfa-setup.mjs", Input(user));
        var report = $"{Environment.NewLine}observed: {observed.ToJsonString()}";

        Assert.True(observed["outcome"]?.GetValue<string>() == "signedIn", $"The library must finish MFA_SETUP with tokens.{report}");
        Assert.Equal(
            [
                "InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER",
                "RespondToAuthChallenge PASSWORD_VERIFIER -> MFA_SETUP",
                "AssociateSoftwareToken -> 200",
                "VerifySoftwareToken -> 200",
                "RespondToAuthChallenge MFA_SETUP -> tokens+device",
            ],
            WireCallTrace.Lines(observed["calls"]));
        Assert.True(observed["secretCodeLength"]?.GetValue<int>() >= 16, $"SecretCode has at least 16 characters.{report}");
        CognitoTokenAssertions.AssertVerifiedTokens(observed["tokens"] as JsonObject, cognito.UserPoolId, cognito.ClientId, user);
    }

    [Fact]
    public async Task A_wrong_srp_password_claim_is_NotAuthorizedException()
    {
        var user = TestUser.CreateUnique("js-srp");
        await cognito.Users.CreateConfirmedAsync(user);

        var wrong = await NodeScript.RunAsync("srp-sign-in-outcome.mjs", Input(user with { Password = user.Password + "x" }));

        Assert.True(
            wrong["outcome"]?.GetValue<string>() == "failed"
                && wrong["error"]?["code"]?.GetValue<string>() == "NotAuthorizedException"
                && wrong["error"]?["message"]?.GetValue<string>() == "Incorrect username or password.",
            $"A wrong SRP password claim must be NotAuthorizedException \"Incorrect username or password.\": {wrong.ToJsonString()}");
        Assert.Equal(
            ["InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER", "RespondToAuthChallenge PASSWORD_VERIFIER -> NotAuthorizedException"],
            WireCallTrace.Lines(wrong["calls"]));
    }

    private JsonObject Input(TestUser user, string? totpCode = null) => new()
    {
        ["endpoint"] = cognito.Endpoint.ToString(),
        ["poolId"] = cognito.UserPoolId,
        ["clientId"] = cognito.ClientId,
        ["username"] = user.Username,
        ["password"] = user.Password,
        ["totpCode"] = totpCode,
    };
}
