using System.Text.RegularExpressions;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tests.Support;
using CognitoMfaScenario.Ui;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests;

/// <summary>--mfa app|email: the choice from MFAS_CAN_SETUP, email enrolment, EMAIL_OTP and SELECT_MFA_TYPE answers.</summary>
public sealed class EmailMfaTests
{
    [Fact]
    public async Task With_mfa_email_the_user_enrols_email_and_every_MFA_challenge_is_EMAIL_OTP_answered_from_the_outbox()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, Mfa = MfaFactor.Email, Password = "Email-Mfa-Pa55!" });
        harness.Cognito.OffersEmailMfa = true;

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        var output = harness.Output;
        Assert.True(exitCode == 0, output);
        Assert.True(harness.Cognito.EmailEnrolled);
        Assert.False(harness.Cognito.Enrolled);
        Assert.DoesNotContain("AssociateSoftwareTokenAsync", harness.Cognito.CallOrder);
        var emailAnswers = harness.Cognito.Client.Invocations
            .Select(call => call.Arguments[0]).OfType<RespondToAuthChallengeRequest>()
            .Where(request => request.ChallengeName == ChallengeNameType.EMAIL_OTP)
            .ToList();
        Assert.Equal(2, emailAnswers.Count); // step 8 (first sign-in with email MFA) and step 9
        Assert.All(emailAnswers, request => Assert.Equal(
            new Dictionary<string, string> { ["USERNAME"] = harness.Cognito.Username!, ["EMAIL_OTP_CODE"] = ScriptedCognito.ConfirmationCode },
            request.ChallengeResponses));
        Assert.Contains("MFA factor: email (--mfa)", output);
        Assert.Contains("Email MFA is on for the user and preferred", output);
        Assert.Contains("Cognito emailed a sign-in code to a***@e***", output);
        Assert.Contains("Signed in from the remembered device", output); // the device still skips the code
        Assert.DoesNotContain("Email-Mfa-Pa55!", output);
        Assert.DoesNotContain("Secret:", output);
    }

    [Fact]
    public async Task With_both_factors_offered_the_default_is_the_authenticator_app()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        harness.Cognito.OffersEmailMfa = true;

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("AssociateSoftwareTokenAsync", harness.Cognito.CallOrder);
        Assert.DoesNotContain("AdminSetUserMFAPreferenceAsync", harness.Cognito.CallOrder);
        Assert.Contains("MFA factor: app (--mfa)", harness.Output);
    }

    [Fact]
    public async Task A_pool_without_email_MFA_says_so_and_sets_up_the_app()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, Mfa = MfaFactor.Email });

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.True(exitCode == 0, harness.Output);
        Assert.Contains("The pool does not offer email MFA", harness.Output);
        Assert.True(harness.Cognito.Enrolled);
        Assert.False(harness.Cognito.EmailEnrolled);
    }

    [Fact]
    public async Task Interactively_step_7_asks_app_or_email()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        harness.Cognito.OffersEmailMfa = true;
        harness.Cognito.Preset("mia", "Mia-Pa55word!");
        harness.AccountState.Use("mia", "Mia-Pa55word!");

        harness.Console.Input.PushTextWithEnter("email"); // 7: the factor
        harness.Console.Input.PushTextWithEnter("");      // 8: Enter takes the code from the local email

        await harness.Enrolment.SignInAsAdminAsync(CancellationToken.None);
        await harness.Enrolment.AssociateAuthenticatorAsync(CancellationToken.None);
        await harness.Enrolment.VerifyAuthenticatorAsync(CancellationToken.None);

        Assert.Contains("Authenticator app or email codes?", harness.Output);
        Assert.True(harness.Cognito.EmailEnrolled);
        Assert.NotNull(harness.SessionState.Tokens);
    }

    [Theory]
    [InlineData(MfaFactor.Email, "EMAIL_OTP")]
    [InlineData(MfaFactor.App, "SOFTWARE_TOKEN_MFA")]
    public async Task SELECT_MFA_TYPE_is_answered_with_the_run_s_factor(MfaFactor factor, string expectedAnswer)
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        harness.Cognito.Preset("noa", "Noa-Pa55word!");
        harness.Cognito.EnrolWithoutCode();
        harness.Cognito.EmailEnrolled = true;
        harness.Cognito.NoPreferredFactor = true;
        harness.AccountState.Use("noa", "Noa-Pa55word!");
        harness.MfaState.Choose(factor);
        harness.UseBuiltInAuthenticator();

        await harness.SignIn.SignInWithMfaAsync(CancellationToken.None);

        Assert.Equal(expectedAnswer, harness.Cognito.SelectedFactor);
        Assert.Contains("SELECT_MFA_TYPE", harness.Output);
        Assert.NotNull(harness.SessionState.Tokens);
    }

    [Fact]
    public async Task A_wrong_email_code_is_asked_again()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions());
        harness.Cognito.Preset("oli", "Oli-Pa55word!");
        harness.Cognito.EmailEnrolled = true;
        harness.AccountState.Use("oli", "Oli-Pa55word!");
        harness.MfaState.Choose(MfaFactor.Email);
        harness.Console.Input.PushTextWithEnter("000000"); // wrong
        harness.Console.Input.PushTextWithEnter("");       // the code from the local email

        await harness.SignIn.SignInWithMfaAsync(CancellationToken.None);

        Assert.Contains("That code is not right", harness.Output);
        Assert.Equal(1, harness.Cognito.EmailCodesSent);
        Assert.NotNull(harness.SessionState.Tokens);
    }

    [Fact]
    public async Task Non_interactive_mfa_email_run_on_embedded_LocalCognito_passes_every_step()
    {
        using var console = new TestConsole();
        console.Profile.Width = 200;

        var exitCode = await Program.RunAsync(["--local", "--non-interactive", "--mfa", "email", "--password", "Email-E2e-Pa55!"],
            new ConsoleIo(console, null), CancellationToken.None);

        var output = console.Output;
        Assert.True(exitCode == 0, output);
        for (var step = 1; step <= StepTable.Count; step++)
        {
            Assert.Matches($@"Step {step}\. \S", output);
        }

        Assert.Contains("MFA factor: email (--mfa)", output);
        Assert.Contains("Email MFA is on for the user", output);
        Assert.DoesNotContain("Secret:", output); // no authenticator was set up

        // Steps 8 and 9 read the EMAIL_OTP code from LocalCognito's outbox (kind MFA_CODE, with the pool's subject).
        var betweenSteps8And10 = output[output.IndexOf($"Step {StepTable.NumberOf<EnrolmentSteps>(nameof(EnrolmentSteps.VerifyAuthenticatorAsync))}.", StringComparison.Ordinal)..output.IndexOf($"Step {StepTable.NumberOf<SignInSteps>(nameof(SignInSteps.RememberDeviceAsync))}.", StringComparison.Ordinal)];
        Assert.Equal(2, Regex.Matches(betweenSteps8And10, "Your sign-in code is [0-9]{8}").Count);
        Assert.Equal(2, Regex.Matches(betweenSteps8And10, "Subject: Your CognitoMfaScenario sign-in code").Count);
        Assert.Contains("Signed in from the remembered device", output);

        // Step 13: the default pool recovers by verified email only (as the cdk/ pool), and email MFA disqualifies that
        // channel, so ForgotPassword is refused and the step takes the administrator's path.
        Assert.Contains("Cognito sends no reset code", output);
        Assert.Contains("Password set by an administrator (AdminSetUserPassword, permanent)", output);
        Assert.DoesNotContain("Your password reset code is", output);
        Assert.Contains("Signed in with the new password from the remembered device", output);
        Assert.Contains("All 15 steps finished.", output);
        Assert.Contains("Signed in through the managed login page", output); // step 13: the page's email code from the outbox
        Assert.DoesNotContain("Email-E2e-Pa55!", output);
    }
}
