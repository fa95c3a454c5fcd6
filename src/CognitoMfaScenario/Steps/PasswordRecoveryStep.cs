using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.SignIn;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>Password recovery with MFA on: ForgotPassword, the emailed code, ConfirmForgotPassword, and a sign-in with the new password.</summary>
public sealed class PasswordRecoveryStep(CognitoWrapper cognito, ScenarioState state, IAnsiConsole console, Questions questions, LocalInbox inbox,
    UserSignIn userSignIn, TokenReport tokenReport)
{
    /// <summary>Reset the password with a code from the email, then sign in again with the new one.</summary>
    public async Task RecoverPasswordAsync(CancellationToken cancellationToken)
    {
        if (!await questions.RunOptionalStepAsync("Reset the password with ForgotPassword now?", cancellationToken).ConfigureAwait(false))
        {
            console.Info("Skipped: the password stays as it is.");
            return;
        }

        if (!questions.Interactive && !inbox.IsAvailable)
        {
            console.Info("Skipped: --non-interactive cannot read the reset code from a real mailbox. Run interactively to try this step.");
            return;
        }

        console.Info("With MFA on, a forgotten password is reset with a code sent to the verified email or phone (not with the MFA factor); the next sign-in still needs the MFA code or a remembered device.");
        await SendCodeAsync(cancellationToken).ConfigureAwait(false);
        var newPassword = await questions.NewPasswordAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            var code = await questions.ResetCodeAsync(await inbox.NewestCodeAsync(state.Username, cancellationToken).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
            try
            {
                await cognito.ConfirmForgotPasswordAsync(state.Username, code, newPassword, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (CodeMismatchException) when (questions.Interactive)
            {
                console.Problem("That code is not right. Check the newest email and try again.");
            }
            catch (ExpiredCodeException) when (questions.Interactive)
            {
                console.Problem("That code has expired.");
                if (!await questions.ResendExpiredCodeAsync(cancellationToken).ConfigureAwait(false))
                {
                    throw new ScenarioException("The password reset code expired and no new one was requested; the password is unchanged.");
                }

                await SendCodeAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidPasswordException exception) when (questions.Interactive)
            {
                console.Problem(exception.Message);
                console.Info(PasswordPolicyText.Describe(await PasswordPolicyAsync(cancellationToken).ConfigureAwait(false)));
                newPassword = await questions.NewPasswordAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        state.Password = newPassword;
        console.Success("Password reset (ConfirmForgotPassword): the old password no longer works.");

        var signedIn = await userSignIn.SignInAsync(state.Username, newPassword, state.Device, state.Authenticator, cancellationToken).ConfigureAwait(false);
        state.Tokens = signedIn.Tokens;
        state.TokensRevoked = false;
        console.Success(signedIn.ByRememberedDevice
            ? "Signed in with the new password from the remembered device (no MFA code)."
            : "Signed in with the new password and the MFA code.");
        tokenReport.WriteRaw("Access token", signedIn.Tokens.AccessToken);
    }

    private async Task SendCodeAsync(CancellationToken cancellationToken)
    {
        var response = await cognito.ForgotPasswordAsync(state.Username, cancellationToken).ConfigureAwait(false);
        if (response.CodeDeliveryDetails is { } delivery)
        {
            console.Info($"Reset code sent by {delivery.DeliveryMedium?.Value ?? "?"} to {delivery.Destination ?? "?"} (Cognito masks the address).");
        }

        await inbox.ShowNewestAsync(state.Username, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PasswordPolicyType> PasswordPolicyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pool = await cognito.DescribeUserPoolAsync(cancellationToken).ConfigureAwait(false);
            return pool.UserPool?.Policies?.PasswordPolicy ?? PasswordPolicyText.Default;
        }
        catch (AmazonServiceException)
        {
            return PasswordPolicyText.Default;
        }
    }
}
