using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.SignIn;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>
/// Password recovery with MFA on: ForgotPassword, the emailed code, ConfirmForgotPassword, and a sign-in with the new
/// password. When email MFA rules the email out for recovery, an administrator sets the password instead.
/// </summary>
public sealed class PasswordRecoveryStep(CognitoWrapper cognito, ScenarioState state, IAnsiConsole console, Questions questions, LocalInbox inbox,
    UserSignIn userSignIn, TokenReport tokenReport)
{
    private const string AppFactorIntro =
        "With MFA on, a forgotten password is reset with a code sent to the verified email or phone (not with the MFA factor); the next sign-in still needs the MFA code or a remembered device.";

    private const string EmailFactorIntro =
        "With MFA on, a forgotten password is reset with a code sent to a verified email or phone; the next sign-in still needs the MFA code or a remembered device. "
        + "Here the email is also the MFA factor: the API reference says email MFA disqualifies recovery by email when the pool has an AccountRecoverySetting.";

    /// <summary>Reset the password with a code from the email (or as an administrator, when that is ruled out), then sign in again with the new one.</summary>
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

        console.Info(state.Factor == MfaFactor.Email ? EmailFactorIntro : AppFactorIntro);
        var newPassword = await TrySendCodeAsync(cancellationToken).ConfigureAwait(false)
            ? await ResetWithCodeAsync(cancellationToken).ConfigureAwait(false)
            : await ResetAsAdministratorAsync(cancellationToken).ConfigureAwait(false);
        if (newPassword is null)
        {
            return;
        }

        state.Password = newPassword;
        var signedIn = await userSignIn.SignInAsync(state.Username, newPassword, state.Device, state.Authenticator, cancellationToken).ConfigureAwait(false);
        state.Tokens = signedIn.Tokens;
        state.TokensRevoked = false;
        console.Success(signedIn.ByRememberedDevice
            ? "Signed in with the new password from the remembered device (no MFA code)."
            : "Signed in with the new password and the MFA code.");
        tokenReport.WriteRaw("Access token", signedIn.Tokens.AccessToken);
    }

    /// <summary>ConfirmForgotPassword with the emailed code, asking again for a wrong code or a refused password.</summary>
    /// <returns>The new password, set.</returns>
    private async Task<string> ResetWithCodeAsync(CancellationToken cancellationToken)
    {
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
                newPassword = await AnotherPasswordAsync(exception, cancellationToken).ConfigureAwait(false);
            }
        }

        console.Success("Password reset (ConfirmForgotPassword): the old password no longer works.");
        return newPassword;
    }

    /// <summary>The documented way out when the user cannot reset the password: an administrator sets a new one.</summary>
    /// <returns>The new password, or null when the person declines.</returns>
    private async Task<string?> ResetAsAdministratorAsync(CancellationToken cancellationToken)
    {
        if (!await questions.RunOptionalStepAsync("Set a new password as administrator (AdminSetUserPassword) instead?", cancellationToken).ConfigureAwait(false))
        {
            console.Info("Skipped: the password stays as it is.");
            return null;
        }

        var newPassword = await questions.NewPasswordAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            try
            {
                await cognito.AdminSetPermanentPasswordAsync(state.Username, newPassword, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (InvalidPasswordException exception) when (questions.Interactive)
            {
                newPassword = await AnotherPasswordAsync(exception, cancellationToken).ConfigureAwait(false);
            }
        }

        console.Success("Password set by an administrator (AdminSetUserPassword, permanent): the old password no longer works.");
        return newPassword;
    }

    /// <summary>Sends the reset code, or says why Cognito will not when email MFA rules out recovery by email.</summary>
    /// <returns>False when the user cannot reset the password by themselves.</returns>
    private async Task<bool> TrySendCodeAsync(CancellationToken cancellationToken)
    {
        try
        {
            var delivery = await SendCodeAsync(cancellationToken).ConfigureAwait(false);
            if (state.Factor == MfaFactor.Email && delivery?.DeliveryMedium == DeliveryMediumType.EMAIL)
            {
                console.Warning("The reset code went to the mailbox that also receives the MFA codes: this pool has no AccountRecoverySetting (Cognito's legacy rule). One mailbox now gives both.");
            }

            return true;
        }
        catch (InvalidParameterException exception) when (state.Factor == MfaFactor.Email
                                                          && exception.Message.Contains("Cannot reset password", StringComparison.OrdinalIgnoreCase))
        {
            console.Warning($"Cognito sends no reset code (\"{exception.Message}\"): the user's verified email is their MFA factor, which this pool's AccountRecoverySetting rules out for recovery, and there is no verified phone number.");
            console.Info("The documented way out is an administrator: AdminSetUserPassword sets a new permanent password (an IAM-authorised call, e.g. from a support back end).");
            return false;
        }
    }

    private async Task<CodeDeliveryDetailsType?> SendCodeAsync(CancellationToken cancellationToken)
    {
        var response = await cognito.ForgotPasswordAsync(state.Username, cancellationToken).ConfigureAwait(false);
        if (response.CodeDeliveryDetails is { } delivery)
        {
            console.Info($"Reset code sent by {delivery.DeliveryMedium?.Value ?? "?"} to {delivery.Destination ?? "?"} (Cognito masks the address).");
        }

        await inbox.ShowNewestAsync(state.Username, cancellationToken).ConfigureAwait(false);
        return response.CodeDeliveryDetails;
    }

    private async Task<string> AnotherPasswordAsync(InvalidPasswordException refusal, CancellationToken cancellationToken)
    {
        console.Problem(refusal.Message);
        console.Info(PasswordPolicyText.Describe(await PasswordPolicyAsync(cancellationToken).ConfigureAwait(false)));
        return await questions.NewPasswordAsync(cancellationToken).ConfigureAwait(false);
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
