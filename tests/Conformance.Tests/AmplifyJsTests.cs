using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// AWS Amplify JS v6 (aws-amplify, pinned in tests/js), the library most Cognito apps use, as it runs in an app:
/// sign-up and confirmation, SRP sign-in with TOTP set-up, device remembering, refresh and global sign-out; USER_AUTH
/// with an email code and email MFA; a pool with the email as user name and one with an email alias. One node process
/// runs every scenario (tests/js/conformance/amplify-witness.mjs); each fact below reads its part of the report.
/// </summary>
public sealed class AmplifyJsTests(AmplifyJsTests.AmplifyRun run) : IClassFixture<AmplifyJsTests.AmplifyRun>
{
    [Fact]
    public void Sign_up_then_SRP_sign_in_sets_up_TOTP_and_remembers_the_device()
    {
        var totp = run.Report("totp");
        Assert.True(Step(totp["signUp"]) == "CONFIRM_SIGN_UP" && totp["signUp"]?["userIdIsSet"]?.GetValue<bool>() == true, run.Text);
        Assert.True(Step(totp["confirmSignUp"]) == "DONE", run.Text);
        Assert.True(Step(totp["signIn"]) == "CONTINUE_SIGN_IN_WITH_TOTP_SETUP", run.Text);
        Assert.True(totp["sharedSecretLength"]?.GetValue<int>() >= 16, run.Text);
        Assert.True(Step(totp["confirmTotp"]) == "DONE", run.Text);
        Assert.True(totp["remembered"]?["error"] is null, $"rememberDevice must succeed: {run.Text}");
        Assert.Equal(
            [
                "InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER",
                "RespondToAuthChallenge PASSWORD_VERIFIER -> MFA_SETUP",
                "AssociateSoftwareToken -> 200",
                "VerifySoftwareToken -> 200",
                "RespondToAuthChallenge MFA_SETUP -> tokens+device",
                "ConfirmDevice -> 200",
                "UpdateDeviceStatus -> 200",
                "ListDevices -> 200",
                "GetUser -> 200",
            ],
            WireCallTrace.Lines(totp["firstCalls"]));
        var confirmDevice = totp["firstCalls"]!.AsArray().Single(call => call?["operation"]?.GetValue<string>() == "ConfirmDevice");
        Assert.True(confirmDevice?["userConfirmationNecessary"]?.GetValue<bool>() == true,
            $"DeviceOnlyRememberedOnUserPrompt: ConfirmDevice asks the user, so Amplify offers rememberDevice: {run.Text}");
        var deviceKey = totp["firstClaims"]?["deviceKey"]?.GetValue<string>() ?? "";
        Assert.Matches("^us-east-1_[0-9a-f-]{36}$", deviceKey);
        Assert.True(totp["deviceListed"]?.GetValue<bool>() == true, run.Text);
        Assert.True(totp["mfaPreference"]?["preferred"]?.GetValue<string>() == "TOTP", run.Text);
    }

    [Fact]
    public void The_remembered_device_signs_in_without_MFA_then_refresh_and_global_sign_out_work()
    {
        var totp = run.Report("totp");
        Assert.Equal(["RevokeToken -> 200"], WireCallTrace.Lines(totp["afterSignOutCalls"]));
        Assert.True(Step(totp["secondSignIn"]) == "DONE", $"The remembered device skips MFA: {run.Text}");
        Assert.Equal(
            [
                "InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER",
                "RespondToAuthChallenge PASSWORD_VERIFIER -> DEVICE_SRP_AUTH",
                "RespondToAuthChallenge DEVICE_SRP_AUTH -> DEVICE_PASSWORD_VERIFIER",
                "RespondToAuthChallenge DEVICE_PASSWORD_VERIFIER -> tokens",
            ],
            WireCallTrace.Lines(totp["secondCalls"]));
        var deviceKey = totp["firstClaims"]?["deviceKey"]?.GetValue<string>();
        Assert.Equal(deviceKey, totp["secondClaims"]?["deviceKey"]?.GetValue<string>());

        // Amplify 6.22 refreshes through GetTokensFromRefreshToken; the new access token keeps the device.
        Assert.Equal(["GetTokensFromRefreshToken -> tokens"], WireCallTrace.Lines(totp["refreshCalls"]));
        Assert.NotEqual(totp["secondClaims"]?["jti"]?.GetValue<string>(), totp["refreshedClaims"]?["jti"]?.GetValue<string>());
        Assert.Equal(deviceKey, totp["refreshedClaims"]?["deviceKey"]?.GetValue<string>());

        Assert.Equal(["GlobalSignOut -> 200"], WireCallTrace.Lines(totp["globalSignOutCalls"]));
        var oldToken = totp["oldTokenAfterGlobalSignOut"]!;
        Assert.True(oldToken["error"]?["type"]?.GetValue<string>() == "NotAuthorizedException"
                    && oldToken["error"]?["message"]?.GetValue<string>() == "Access Token has been revoked", run.Text);
        Assert.True(totp["currentUserAfterSignOut"]?.GetValue<string>() == "UserUnAuthenticatedException", run.Text);
        foreach (var calls in new[] { "firstCalls", "secondCalls", "refreshCalls", "globalSignOutCalls" })
        {
            Assert.True(WireCallTrace.AllHaveRequestId(totp[calls]), $"Every response carries x-amzn-RequestId: {run.Text}");
        }
    }

    [Fact]
    public void USER_AUTH_signs_in_with_an_email_code_and_email_MFA_follows_a_password()
    {
        var email = run.Report("email");
        Assert.True(Step(email["userAuthEmail"]) == "CONFIRM_SIGN_IN_WITH_EMAIL_CODE" && Step(email["userAuthEmailConfirm"]) == "DONE", run.Text);
        Assert.Equal(
            ["InitiateAuth USER_AUTH -> EMAIL_OTP", "RespondToAuthChallenge EMAIL_OTP -> tokens"],
            WireCallTrace.Lines(email["userAuthEmailCalls"]));

        Assert.True(email["enableEmailMfa"]?.GetValue<string>() == "ok", run.Text);
        Assert.True(email["mfaPreference"]?["preferred"]?.GetValue<string>() == "EMAIL", run.Text);
        Assert.True(Step(email["srpSignIn"]) == "CONFIRM_SIGN_IN_WITH_EMAIL_CODE" && Step(email["srpEmailCode"]) == "DONE", run.Text);
        Assert.Equal(
            [
                "InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER",
                "RespondToAuthChallenge PASSWORD_VERIFIER -> EMAIL_OTP",
                "RespondToAuthChallenge EMAIL_OTP -> tokens",
            ],
            WireCallTrace.Lines(email["srpCalls"]));

        Assert.True(Step(email["userAuthSrp"]) == "CONFIRM_SIGN_IN_WITH_EMAIL_CODE" && Step(email["userAuthSrpEmailCode"]) == "DONE", run.Text);
        Assert.Equal(
            [
                "InitiateAuth USER_AUTH -> PASSWORD_VERIFIER",
                "RespondToAuthChallenge PASSWORD_VERIFIER -> EMAIL_OTP",
                "RespondToAuthChallenge EMAIL_OTP -> tokens",
            ],
            WireCallTrace.Lines(email["userAuthSrpCalls"]));
    }

    [Fact]
    public void A_user_signs_up_without_a_password_and_Amplify_signs_them_in_with_the_confirmation_session()
    {
        var email = run.Report("email");
        Assert.True(Step(email["passwordlessSignUp"]) == "CONFIRM_SIGN_UP", run.Text);
        Assert.True(Step(email["passwordlessConfirm"]) == "COMPLETE_AUTO_SIGN_IN", run.Text);
        Assert.True(Step(email["autoSignIn"]) == "DONE", run.Text);
        Assert.StartsWith("ned-", email["autoSignInUser"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        Assert.Equal(["SignUp -> 200", "ConfirmSignUp -> 200", "InitiateAuth USER_AUTH -> tokens"], WireCallTrace.Lines(email["passwordlessCalls"]));
    }

    [Fact]
    public void A_pool_with_the_email_as_user_name_names_the_user_with_its_sub()
    {
        var pool = run.Report("emailUsername");
        Assert.True(pool["notAnEmail"]?["error"]?["name"]?.GetValue<string>() == "InvalidParameterException"
                    && pool["notAnEmail"]?["error"]?["message"]?.GetValue<string>() == "Username should be an email.", run.Text);
        var sub = pool["claims"]?["sub"]?.GetValue<string>();
        Assert.True(Guid.TryParse(sub, out _), run.Text);
        Assert.True(pool["userId"]?.GetValue<string>() == sub, run.Text);
        Assert.True(Step(pool["signIn"]) == "DONE", run.Text);
        Assert.True(pool["currentUser"]?["username"]?.GetValue<string>() == sub, $"Amplify's username is the generated name: {run.Text}");
        Assert.True(pool["claims"]?["cognitoUsername"]?.GetValue<string>() == sub && pool["claims"]?["accessUsername"]?.GetValue<string>() == sub, run.Text);
        Assert.Equal(
            ["InitiateAuth USER_SRP_AUTH -> PASSWORD_VERIFIER", "RespondToAuthChallenge PASSWORD_VERIFIER -> tokens"],
            WireCallTrace.Lines(pool["calls"]));
    }

    [Fact]
    public void A_pool_with_an_email_alias_signs_in_by_the_verified_email()
    {
        var pool = run.Report("alias");
        Assert.True(pool["emailAsName"]?["error"]?["message"]?.GetValue<string>()
                    == "Username cannot be of email format, since user pool is configured for email alias.", run.Text);
        Assert.True(Step(pool["confirmSignUp"]) == "DONE" && Step(pool["signIn"]) == "DONE", run.Text);
        Assert.StartsWith("gus-", pool["currentUser"]?["username"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        Assert.StartsWith("gus-", pool["claims"]?["cognitoUsername"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
    }

    private static string? Step(JsonNode? step) => step?["nextStep"]?.GetValue<string>();

    /// <summary>LocalCognito and one run of the Amplify script, shared by the facts above.</summary>
    public sealed class AmplifyRun : LocalCognitoFixture, IAsyncLifetime
    {
        private JsonObject? _observed;

        public string Text => SecretRedaction.Redact(_observed?.ToJsonString() ?? "");

        public JsonObject Report(string scenario) =>
            _observed?[scenario] as JsonObject ?? throw new InvalidOperationException($"No {scenario} report: {Text}");

        public new async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var user = TestUser.CreateUnique("amplify");
            _observed = await NodeScript.RunAsync("amplify-witness.mjs", new JsonObject
            {
                ["endpoint"] = Endpoint.ToString(),
                ["region"] = Region,
                ["accessKeyId"] = Credentials.AccessKeyId,
                ["secretAccessKey"] = Credentials.SecretAccessKey,
                ["suffix"] = user.Username.Replace("_", "-", StringComparison.Ordinal).ToLowerInvariant(),
                ["password"] = user.Password,
            });
        }
    }
}
