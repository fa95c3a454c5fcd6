using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tests.Support;
using Moq;

namespace CognitoMfaScenario.Tests;

/// <summary>Refresh with the device key, sign-out and what it revokes, password recovery, and the optional-step questions.</summary>
public sealed class SessionStepsTests
{
    [Fact]
    public async Task Refresh_uses_REFRESH_TOKEN_AUTH_with_the_remembered_device_and_the_sign_out_revokes_both_tokens()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        var output = harness.Output;
        Assert.True(exitCode == 0, output);
        var refreshes = harness.Cognito.RefreshCalls;
        Assert.Equal(2, refreshes.Count); // step 11, and step 12's attempt after the sign-out
        Assert.All(refreshes, call => Assert.Equal(ScriptedCognito.DeviceKey, call.DeviceKey));
        Assert.Contains("New access and ID tokens from REFRESH_TOKEN_AUTH with the device key", output);
        Assert.Contains("New access token expires: ", output);
        Assert.Contains("does not rotate refresh tokens", output);
        Assert.Contains("GetUser with the same access token is refused (\"Access Token has been revoked\")", output);
        Assert.Contains("The refresh token is refused too (\"Refresh Token has been revoked\")", output);
        Assert.Contains("still passes an offline check: its signature verifies", output);
        Assert.Contains("Signed in with the new password from the remembered device", output);
        Assert.True(harness.Cognito.SignedOut);
        Assert.DoesNotContain("GetTokensFromRefreshTokenAsync", harness.Cognito.CallOrder);
    }

    [Fact]
    public async Task A_client_that_rotates_refresh_tokens_is_refreshed_with_GetTokensFromRefreshToken_and_its_DeviceKey()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        harness.Cognito.RotatesRefreshTokens = true;

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Equal(2, harness.Cognito.CallOrder.Count(name => name == "GetTokensFromRefreshTokenAsync"));
        Assert.Single(harness.Cognito.CallOrder, name => name == "DescribeUserPoolClientAsync"); // asked once, remembered
        Assert.All(harness.Cognito.RefreshCalls, call => Assert.Equal(ScriptedCognito.DeviceKey, call.DeviceKey));
        Assert.Contains("from GetTokensFromRefreshToken", harness.Output);
        Assert.Contains("a new refresh token replaces the old one", harness.Output);
    }

    [Fact]
    public async Task Without_permission_to_describe_the_client_the_refresh_falls_back_to_REFRESH_TOKEN_AUTH()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        FaultInjectionTests.Fail(harness.Cognito.Client, "DescribeUserPoolClient",
            new AmazonServiceException("not authorized to perform: cognito-idp:DescribeUserPoolClient", ErrorType.Sender, "AccessDeniedException", "r", System.Net.HttpStatusCode.BadRequest));

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("Could not describe the app client", harness.Output);
        Assert.Contains("from REFRESH_TOKEN_AUTH", harness.Output);
    }

    [Fact]
    public async Task An_endpoint_that_still_accepts_the_token_after_GlobalSignOut_fails_the_step_clearly()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        harness.Cognito.Client.Setup(c => c.GetUserAsync(It.IsAny<GetUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetUserResponse { Username = "whoever" });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.Equal(ScenarioRunner.StepFailed, exitCode);
        Assert.Contains($"Step {StepTable.NumberOf<SessionSteps>(nameof(SessionSteps.SignOutEverywhereAsync))} failed: Cognito still accepted the access token after GlobalSignOut", harness.Output);
    }

    [Fact]
    public async Task After_a_sign_out_without_a_new_sign_in_the_user_is_deleted_as_administrator()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        var input = harness.Console.Input;
        input.PushTextWithEnter("y");  // 11: refresh
        input.PushTextWithEnter("y");  // 12: sign out
        input.PushTextWithEnter("n");  // 13: no browser sign-in
        input.PushTextWithEnter("n");  // 14: no password reset
        input.PushTextWithEnter("y");  // 15: delete
        harness.AccountState.Use("kim", "Kim-Pa55word!");
        harness.Cognito.Preset("kim", "Kim-Pa55word!");
        harness.Cognito.EnrolWithoutCode();
        harness.UseBuiltInAuthenticator();
        foreach (var step in harness.Scenario.Steps.Skip(StepTable.NumberOf<SignInSteps>(nameof(SignInSteps.SignInWithMfaAsync)) - 1))
        {
            await step.RunAsync(CancellationToken.None);
        }

        Assert.Contains("AdminDeleteUserAsync", harness.Cognito.CallOrder);
        Assert.DoesNotContain("DeleteUserAsync", harness.Cognito.CallOrder);
        Assert.DoesNotContain("ForgotPasswordAsync", harness.Cognito.CallOrder);
        Assert.Contains("Skipped: the password stays as it is.", harness.Output);
        Assert.Contains("as administrator (AdminDeleteUser", harness.Output);
        Assert.True(harness.Cognito.Deleted);
    }

    [Fact]
    public async Task A_wrong_reset_code_is_asked_again_and_a_rejected_new_password_shows_the_policy()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        harness.AccountState.Use("lee", "");
        harness.Cognito.Preset("lee", "Lee-Pa55word!");
        harness.Cognito.EnrolWithoutCode();
        harness.UseBuiltInAuthenticator();
        var calls = 0;
        harness.Cognito.Client.Setup(c => c.ConfirmForgotPasswordAsync(It.IsAny<ConfirmForgotPasswordRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ConfirmForgotPasswordRequest r, CancellationToken _) => ++calls switch
            {
                1 => throw new CodeMismatchException("Invalid verification code provided, please try again."),
                2 => throw new InvalidPasswordException("Password did not conform with policy: Password not long enough"),
                _ => Reset(harness.Cognito, r.Password),
            });
        var input = harness.Console.Input;
        input.PushTextWithEnter("");              // run the step
        input.PushTextWithEnter("short");         // new password
        input.PushTextWithEnter("111111");        // wrong code
        input.PushTextWithEnter("");              // the code from the local email
        input.PushTextWithEnter("A-Longer-Pa55"); // a password the policy accepts
        input.PushTextWithEnter("");              // the code again

        await harness.Recovery.RecoverPasswordAsync(CancellationToken.None);

        Assert.Equal(3, calls);
        Assert.Contains("That code is not right", harness.Output);
        Assert.Contains("The password needs at least 12 characters", harness.Output);
        Assert.Equal("A-Longer-Pa55", harness.AccountState.Password);
        Assert.DoesNotContain("A-Longer-Pa55", harness.Output);
    }

    private static Task<ConfirmForgotPasswordResponse> Reset(ScriptedCognito cognito, string newPassword)
    {
        cognito.Preset("lee", newPassword);
        return Task.FromResult(new ConfirmForgotPasswordResponse());
    }

    [Fact]
    public async Task Unattended_against_AWS_the_reset_is_skipped_because_the_code_is_in_a_real_mailbox()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, AdminConfirm = true }, TargetKind.Aws);

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("--non-interactive cannot read the reset code from a real mailbox", harness.Output);
        Assert.DoesNotContain("ForgotPasswordAsync", harness.Cognito.CallOrder);
        Assert.Contains("AdminDeleteUserAsync", harness.Cognito.CallOrder);
    }
}
