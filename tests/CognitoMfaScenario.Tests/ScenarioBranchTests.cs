using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tests.Support;
using Moq;

namespace CognitoMfaScenario.Tests;

/// <summary>The detours a person can take: existing user, weak password, expired code, pool set up differently.</summary>
public sealed class ScenarioBranchTests
{
    [Fact]
    public async Task An_existing_confirmed_user_can_be_continued_from_sign_in()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { UserName = "dora", Password = "Existing-Pa55!" });
        var cognito = harness.Cognito;
        cognito.Client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new UsernameExistsException("User already exists"));
        cognito.Client.Setup(c => c.AdminGetUserAsync(It.IsAny<AdminGetUserRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AdminGetUserResponse { Username = "dora", UserStatus = "CONFIRMED", Enabled = true });
        cognito.Preset("dora", "Existing-Pa55!");
        harness.Console.Input.PushTextWithEnter("");          // 1: email: the suggested one
        harness.Console.Input.PushTextWithEnter("continue");  // 1: keep the existing user
        harness.Console.Input.PushTextWithEnter("built-in");  // 7
        harness.Console.Input.PushTextWithEnter("");          // 11: refresh
        harness.Console.Input.PushTextWithEnter("");          // 12: sign out
        harness.Console.Input.PushTextWithEnter("n");         // 13: no browser sign-in
        harness.Console.Input.PushTextWithEnter("");          // 14: reset the password
        harness.Console.Input.PushTextWithEnter("");          // 14: generated new password
        harness.Console.Input.PushTextWithEnter("");          // 14: reset code from the local email
        harness.Console.Input.PushTextWithEnter("n");         // 15: keep the user

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("already exists", harness.Output);
        Assert.Contains("confirmed already: no code needed", harness.Output);
        Assert.DoesNotContain("ConfirmSignUpAsync", cognito.CallOrder);
        Assert.DoesNotContain("ResendConfirmationCodeAsync", cognito.CallOrder);
        Assert.DoesNotContain("DeleteUserAsync", cognito.CallOrder);
        Assert.True(cognito.Enrolled);
    }

    [Fact]
    public async Task A_rejected_password_shows_the_pool_policy_and_asks_again()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = false, UserName = "erin", Email = "erin@example.com" });
        var calls = 0;
        harness.Cognito.Client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>()))
            .Returns((SignUpRequest r, CancellationToken _) => ++calls == 1
                ? throw new InvalidPasswordException("Password did not conform with policy: Password not long enough")
                : Task.FromResult(new SignUpResponse { UserConfirmed = false, UserSub = "sub" }));
        harness.Console.Input.PushTextWithEnter("short");
        harness.Console.Input.PushTextWithEnter("A-much-Longer-Pa55");

        await harness.Account.SignUpAsync(CancellationToken.None);

        Assert.Equal(2, calls);
        Assert.Contains("The password needs at least 12 characters", harness.Output);
        Assert.Equal("A-much-Longer-Pa55", harness.AccountState.Password);
    }

    [Fact]
    public async Task An_expired_confirmation_code_offers_a_new_one()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        harness.AccountState.Use("fay", "");
        harness.AccountState.SawStatus(UserStatusType.UNCONFIRMED);
        var calls = 0;
        harness.Cognito.Client.Setup(c => c.ConfirmSignUpAsync(It.IsAny<ConfirmSignUpRequest>(), It.IsAny<CancellationToken>()))
            .Returns(() => ++calls == 1
                ? throw new ExpiredCodeException("Invalid code provided, please request a code again.")
                : Task.FromResult(new ConfirmSignUpResponse()));
        harness.Console.Input.PushTextWithEnter("111111"); // old code: expired
        harness.Console.Input.PushTextWithEnter("y");      // send a new one
        harness.Console.Input.PushTextWithEnter("");       // take the new code from the local email

        await harness.Account.ConfirmSignUpAsync(CancellationToken.None);

        Assert.Contains("That code has expired.", harness.Output);
        Assert.Contains("ResendConfirmationCodeAsync", harness.Cognito.CallOrder);
        Assert.True(harness.AccountState.IsConfirmed);
    }

    [Theory]
    [InlineData("[\"SMS_MFA\"]", "does not offer authenticator apps")]
    [InlineData(null, "does not require it")]
    public async Task A_pool_not_set_up_for_authenticator_MFA_is_explained(string? mfasCanSetUp, string expected)
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        harness.AccountState.Use("gus", "");
        harness.Cognito.Client.Setup(c => c.AdminInitiateAuthAsync(It.IsAny<AdminInitiateAuthRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(mfasCanSetUp is null
                ? new AdminInitiateAuthResponse { AuthenticationResult = new AuthenticationResultType { AccessToken = "a" } }
                : new AdminInitiateAuthResponse { ChallengeName = "MFA_SETUP", Session = "s", ChallengeParameters = new() { ["MFAS_CAN_SETUP"] = mfasCanSetUp } });

        var error = await Assert.ThrowsAsync<Errors.ScenarioException>(() => harness.Enrolment.SignInAsAdminAsync(CancellationToken.None));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public async Task A_user_with_an_authenticator_already_skips_enrolment_and_is_asked_for_a_code()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        harness.AccountState.Use("ivy", "Ivy-Pa55word!");
        harness.Cognito.Preset("ivy", "Ivy-Pa55word!");
        harness.Cognito.EnrolWithoutCode();
        harness.Console.Input.PushTextWithEnter(harness.Cognito.CodeAt(0));

        await harness.Enrolment.SignInAsAdminAsync(CancellationToken.None);
        await harness.Enrolment.AssociateAuthenticatorAsync(CancellationToken.None);
        await harness.Enrolment.VerifyAuthenticatorAsync(CancellationToken.None);
        await harness.SignIn.SignInWithMfaAsync(CancellationToken.None);

        Assert.True(harness.MfaState.Enrolled);
        Assert.Contains("has an MFA factor already", harness.Output);
        Assert.DoesNotContain("AssociateSoftwareTokenAsync", harness.Cognito.CallOrder);
        Assert.NotNull(harness.SessionState.Tokens);
    }

    [Fact]
    public async Task Qr_png_option_writes_the_image()
    {
        var path = Path.Combine(Path.GetTempPath(), $"qr-{Guid.NewGuid():N}.png");
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, QrPng = path });
        harness.AccountState.Use("hal", "");
        harness.MfaState.SetupOffered("session-setup", []);
        try
        {
            await harness.Enrolment.AssociateAuthenticatorAsync(CancellationToken.None);

            Assert.Equal(0x89, File.ReadAllBytes(path)[0]);
            Assert.Contains("QR code also written to", harness.Output);
            Assert.Contains("JBSW Y3DP EHPK 3PXP JBSW Y3DP EHPK 3PXP", harness.Output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task An_unwritable_qr_png_path_is_a_warning_not_a_failure()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}", "qr.png");
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, QrPng = path });
        harness.AccountState.Use("ian", "");
        harness.MfaState.SetupOffered("session-setup", []);

        await harness.Enrolment.AssociateAuthenticatorAsync(CancellationToken.None);

        Assert.Contains($"Could not write the QR code to {path}", harness.Output);
        Assert.NotNull(harness.MfaState.Authenticator);
    }
}
