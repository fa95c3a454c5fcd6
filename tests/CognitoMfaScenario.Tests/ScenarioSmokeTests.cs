using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tests.Support;
using Moq;

namespace CognitoMfaScenario.Tests;

/// <summary>The CI smoke test: every step against a scripted client, answers typed into a test console.</summary>
public sealed class ScenarioSmokeTests
{
    [Fact]
    public async Task Interactive_run_with_typed_answers_calls_cognito_in_order_and_ends_with_the_user_deleted()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        var input = harness.Console.Input;
        var stepCode = harness.Cognito.CodeAt(0);
        var nextStepCode = harness.Cognito.CodeAt(1);

        input.PushTextWithEnter("alice");              // 1: user name
        input.PushTextWithEnter("Correct-Horse-9");    // 1: password (masked)
        input.PushTextWithEnter("alice@example.com");  // 1: email
        input.PushTextWithEnter("n");                  // 3: no new code
        input.PushTextWithEnter("000000");             // 4: wrong code ...
        input.PushTextWithEnter("");                   // 4: ... then Enter takes the code from the local email
        input.PushTextWithEnter("app");                // 7: codes typed from an app
        input.PushTextWithEnter(WrongCode(stepCode));  // 8: wrong code ...
        input.PushTextWithEnter(stepCode);             // 8: ... then the right one
        input.PushTextWithEnter(stepCode);             // 9: reused code ...
        input.PushTextWithEnter(nextStepCode);         // 9: ... then the next one
        input.PushTextWithEnter("");                   // 11: refresh (Enter = yes)
        input.PushTextWithEnter("");                   // 12: sign out (Enter = yes)
        input.PushTextWithEnter("");                   // 13: sign in through the managed login page (Enter = yes)
        input.PushTextWithEnter("");                   // 13: do not show the password (Enter = no)
        input.PushTextWithEnter("");                   // 14: reset the password (Enter = yes)
        input.PushTextWithEnter("");                   // 14: new password: Enter generates one
        input.PushTextWithEnter("");                   // 14: Enter takes the reset code from the local email
        input.PushTextWithEnter("y");                  // 15: delete the user

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        var output = harness.Output;
        Assert.True(exitCode == 0, output);
        Assert.Equal(
        [
            "SignUpAsync",
            "AdminGetUserAsync",
            "ConfirmSignUpAsync", "ConfirmSignUpAsync",
            "AdminGetUserAsync", "ListUsersAsync", "ListUsersAsync",
            "AdminInitiateAuthAsync",
            "AssociateSoftwareTokenAsync",
            "VerifySoftwareTokenAsync", "VerifySoftwareTokenAsync",
            "AdminRespondToAuthChallengeAsync",
            "InitiateAuthAsync", "RespondToAuthChallengeAsync",                                // 9: SRP
            "RespondToAuthChallengeAsync", "RespondToAuthChallengeAsync",                      // 9: reused code, next code
            "ConfirmDeviceAsync",
            "InitiateAuthAsync", "RespondToAuthChallengeAsync",                                // 10: SRP with DEVICE_KEY
            "RespondToAuthChallengeAsync", "RespondToAuthChallengeAsync",                      // 10: device SRP
            "DescribeUserPoolClientAsync", "InitiateAuthAsync",                                // 11: REFRESH_TOKEN_AUTH
            "GetUserAsync", "GlobalSignOutAsync", "GetUserAsync", "InitiateAuthAsync",        // 12: sign out, old tokens refused
                                                                                               // 13: browser sign-in: no API call
            "ForgotPasswordAsync", "ConfirmForgotPasswordAsync",                               // 14: reset
            "InitiateAuthAsync", "RespondToAuthChallengeAsync",                                // 14: SRP with the new password ...
            "RespondToAuthChallengeAsync", "RespondToAuthChallengeAsync",                      // 14: ... from the remembered device
            "DeleteUserAsync",
        ], harness.Cognito.CallOrder);

        Assert.Equal("alice", harness.Cognito.Username);
        Assert.Equal("Correct-Horse-9", Assert.IsType<Amazon.CognitoIdentityProvider.Model.SignUpRequest>(harness.Cognito.Client.Invocations[0].Arguments[0]).Password);
        Assert.True(harness.Cognito.Confirmed);
        Assert.True(harness.Cognito.Enrolled);
        Assert.True(harness.Cognito.DeviceConfirmed);
        Assert.True(harness.Cognito.Deleted);
        Assert.True(harness.AccountState.Deleted);
        Assert.True(harness.SessionState.DeviceRemembered);

        for (var step = 1; step <= 15; step++)
        {
            Assert.Contains($"Step {step}.", output);
        }

        Assert.Contains("That code is not right", output);
        Assert.Contains("clock", output);
        Assert.Contains("The next code appears in 20 s", output); // fake clock is 10 s into a 30 s step
        Assert.Contains("someone-else", output);                  // second ListUsers page shown
        Assert.Contains("valid (RS256", output);
        Assert.DoesNotContain("Correct-Horse-9", output);
        Assert.DoesNotContain(harness.Cognito.LastAccessToken!, output);
        Assert.Contains("All 15 steps finished.", output);
        Assert.Contains("Signed in through the managed login page", output);
        Assert.Single(harness.Browser.Opened);
        Assert.Equal([(harness.Cognito.RefreshCalls[0].RefreshToken, ScriptedCognito.DeviceKey)], harness.Cognito.RefreshCalls.Take(1));
        Assert.Contains("Access Token has been revoked", output);
        Assert.Contains("still passes an offline check", output);
        Assert.NotEqual("Correct-Horse-9", harness.Cognito.Password); // reset in step 14
        Assert.DoesNotContain(harness.Cognito.Password!, output);
    }

    [Fact]
    public async Task Non_interactive_run_against_aws_confirms_as_admin_and_uses_the_built_in_authenticator_without_waiting()
    {
        using var harness = new ScenarioHarness(
            new ScenarioOptions { NonInteractive = true, AdminConfirm = true, UserName = "bob" },
            TargetKind.Aws);

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("AdminConfirmSignUpAsync", harness.Cognito.CallOrder);
        Assert.DoesNotContain("ConfirmSignUpAsync", harness.Cognito.CallOrder);
        Assert.DoesNotContain("ResendConfirmationCodeAsync", harness.Cognito.CallOrder); // cannot read a real mailbox
        Assert.True(harness.Cognito.Deleted);
        Assert.Equal(ScenarioHarness.Start, harness.Time.GetUtcNow()); // nobody waited for a new TOTP window
        Assert.Contains("npx cdk destroy", harness.Output);
        harness.WellKnown.Verify(j => j.GetAsync(new Uri($"https://cognito-idp.us-east-1.amazonaws.com/{ScriptedCognito.PoolId}/.well-known/jwks.json"), It.IsAny<CancellationToken>()));
        harness.Mailbox.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task Non_interactive_local_run_resends_the_code_and_reads_it_from_the_outbox()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, KeepUser = true });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("ResendConfirmationCodeAsync", harness.Cognito.CallOrder);
        Assert.Contains("Your confirmation code is " + ScriptedCognito.ConfirmationCode, harness.Output);
        Assert.StartsWith("mfa-user-", harness.Cognito.Username);
        Assert.False(harness.Cognito.Deleted); // --keep-user
        Assert.Contains("Keeping user", harness.Output);
        Assert.DoesNotContain(harness.Cognito.Password!, harness.Output);
    }

    [Fact]
    public async Task Show_tokens_prints_them_in_full()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, ShowTokens = true });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains(harness.Cognito.LastAccessToken! + "\n", harness.Output); // one unbroken line, for copying
        Assert.DoesNotContain("Tokens are truncated", harness.Output);
    }

    private static string WrongCode(string code) => code == "999999" ? "999998" : "999999";
}
