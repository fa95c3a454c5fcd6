using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tests.Support;
using CognitoMfaScenario.Ui;
using LocalCognito;
using Moq;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests;

/// <summary>
/// Step 13 for a user whose MFA factor is email. The API reference: with an AccountRecoverySetting, email MFA
/// disqualifies recovery by email. Then ForgotPassword is refused and an administrator sets the password
/// (AdminSetUserPassword); without a setting (Cognito's legacy rule) the code still goes to that mailbox, and the
/// step says so.
/// </summary>
public sealed class EmailMfaRecoveryTests
{
    private const string Password = "Email-Mfa-Pa55!";

    [Fact]
    public async Task When_email_MFA_rules_out_recovery_an_administrator_sets_the_new_password_and_the_user_signs_in_with_it()
    {
        using var harness = EmailMfaHarness(new ScenarioOptions { NonInteractive = true, Mfa = MfaFactor.Email, Password = Password });
        harness.Cognito.EmailMfaRulesOutRecovery = true;

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        var output = harness.Output;
        Assert.True(exitCode == 0, output);
        Assert.Contains("Cognito sends no reset code (\"Cannot reset password for the user as there is no registered/verified email or phone_number\")", output);
        Assert.Contains("AdminSetUserPassword sets a new permanent password", output);
        Assert.Contains("Password set by an administrator (AdminSetUserPassword, permanent)", output);
        Assert.Contains("Signed in with the new password from the remembered device", output);
        Assert.DoesNotContain("ConfirmForgotPasswordAsync", harness.Cognito.CallOrder);
        var calls = harness.Cognito.CallOrder.ToList();
        Assert.Equal(calls.IndexOf("ForgotPasswordAsync") + 1, calls.IndexOf("AdminSetUserPasswordAsync"));

        // The new password goes only to the administrator's call; the sign-in after it is by SRP.
        var newPassword = harness.Cognito.Password!;
        Assert.NotEqual(Password, newPassword);
        Assert.Equal(["AdminSetUserPasswordAsync"], Carriers(harness, newPassword));
        Assert.DoesNotContain(newPassword, output);
    }

    [Fact]
    public async Task Without_a_recovery_setting_the_code_goes_to_the_MFA_mailbox_and_the_step_says_so()
    {
        using var harness = EmailMfaHarness(new ScenarioOptions { NonInteractive = true, Mfa = MfaFactor.Email, Password = Password });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("the API reference says email MFA disqualifies recovery by email when the pool has an AccountRecoverySetting", harness.Output);
        Assert.Contains("The reset code went to the mailbox that also receives the MFA codes", harness.Output);
        Assert.Contains("Password reset (ConfirmForgotPassword)", harness.Output);
        Assert.DoesNotContain("AdminSetUserPasswordAsync", harness.Cognito.CallOrder);
    }

    [Fact]
    public async Task An_authenticator_app_user_gets_no_mailbox_warning()
    {
        using var harness = EmailMfaHarness(new ScenarioOptions { NonInteractive = true, Password = Password });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("(not with the MFA factor)", harness.Output);
        Assert.DoesNotContain("also receives the MFA codes", harness.Output);
    }

    [Fact]
    public async Task Interactively_the_administrator_reset_is_asked_and_declining_leaves_the_password()
    {
        using var harness = EmailMfaHarness(new ScenarioOptions());
        harness.Cognito.EmailMfaRulesOutRecovery = true;
        harness.Cognito.Preset("pia", Password);
        harness.Cognito.EmailEnrolled = true;
        harness.AccountState.Use("pia", Password);
        harness.MfaState.Choose(MfaFactor.Email);
        harness.Console.Input.PushTextWithEnter("");  // 13: reset the password (Enter = yes)
        harness.Console.Input.PushTextWithEnter("n"); // 13: no administrator reset

        await harness.Recovery.RecoverPasswordAsync(CancellationToken.None);

        Assert.Contains("Set a new password as administrator (AdminSetUserPassword) instead?", harness.Output);
        Assert.Contains("Skipped: the password stays as it is.", harness.Output);
        Assert.DoesNotContain("AdminSetUserPasswordAsync", harness.Cognito.CallOrder);
        Assert.Equal(Password, harness.Cognito.Password);
        Assert.Equal(Password, harness.AccountState.Password);
    }

    [Theory]
    [InlineData("AccessDenied", "not allowed")]
    [InlineData("InvalidPassword", "pool's policy")]
    public async Task A_failing_administrator_reset_ends_step_13_clearly_with_the_password_unchanged(string error, string expected)
    {
        using var harness = EmailMfaHarness(new ScenarioOptions { NonInteractive = true, Mfa = MfaFactor.Email, Password = Password });
        harness.Cognito.EmailMfaRulesOutRecovery = true;
        harness.Cognito.Client.Setup(c => c.AdminSetUserPasswordAsync(It.IsAny<AdminSetUserPasswordRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(FaultInjectionTests.Error(error));

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        var output = harness.Output;
        Assert.True(exitCode == ScenarioRunner.StepFailed, output);
        Assert.Contains($"Step {StepTable.NumberOf<PasswordRecoveryStep>(nameof(PasswordRecoveryStep.RecoverPasswordAsync))} failed:", output);
        Assert.Contains(expected, output, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", output);
        Assert.Equal(Password, harness.Cognito.Password);
        Assert.Equal(Password, harness.AccountState.Password);
    }

    [Fact]
    public async Task On_a_LocalCognito_pool_that_recovers_by_email_only_the_email_MFA_run_resets_as_administrator()
    {
        // The pool cdk/ deploys recovers by verified email only (AccountRecoverySetting); give the local default pool the same.
        await using var server = await LocalCognitoServer.StartAsync();
        using (var admin = new AmazonCognitoIdentityProviderClient(new BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey),
                   new AmazonCognitoIdentityProviderConfig { ServiceURL = server.Endpoint.ToString(), AuthenticationRegion = server.Region }))
        {
            var pool = (await admin.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = server.UserPoolId })).UserPool;
            await admin.UpdateUserPoolAsync(new UpdateUserPoolRequest
            {
                UserPoolId = server.UserPoolId,
                Policies = pool.Policies,
                AutoVerifiedAttributes = pool.AutoVerifiedAttributes,
                MfaConfiguration = pool.MfaConfiguration,
                DeviceConfiguration = pool.DeviceConfiguration,
                AdminCreateUserConfig = pool.AdminCreateUserConfig,
                EmailConfiguration = pool.EmailConfiguration,
                AccountRecoverySetting = new AccountRecoverySettingType
                {
                    RecoveryMechanisms = [new RecoveryOptionType { Name = RecoveryOptionNameType.Verified_email, Priority = 1 }],
                },
            });
        }

        using var console = new TestConsole();
        console.Profile.Width = 400;

        var exitCode = await Program.RunAsync(
            ["--endpoint", server.Endpoint.ToString(), "--pool-id", server.UserPoolId, "--client-id", server.ClientId,
             "--non-interactive", "--mfa", "email", "--username", "email-only-recovery", "--password", Password],
            new ConsoleIo(console, null), CancellationToken.None);

        var output = console.Output;
        Assert.True(exitCode == 0, output);
        Assert.Contains("Cognito sends no reset code (\"Cannot reset password for the user as there is no registered/verified email or phone_number\")", output);
        Assert.Contains("Password set by an administrator (AdminSetUserPassword, permanent)", output);
        Assert.Contains("Signed in with the new password from the remembered device", output);
        Assert.Contains("All 15 steps finished.", output);
        Assert.DoesNotContain(server.Outbox, message => message.Kind == "PASSWORD_RESET_CODE");
        Assert.DoesNotContain(Password, output);
    }

    private static ScenarioHarness EmailMfaHarness(ScenarioOptions options)
    {
        var harness = new ScenarioHarness(options);
        harness.Cognito.OffersEmailMfa = true;
        return harness;
    }

    private static List<string> Carriers(ScenarioHarness harness, string secret) =>
        harness.Cognito.Client.Invocations
            .Where(call => RequestText.StringsIn(call.Arguments[0]).Any(text => text.Contains(secret, StringComparison.Ordinal)))
            .Select(call => call.Method.Name)
            .Distinct()
            .ToList();
}
