using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>
/// A forgotten password reset: ForgotPassword, the emailed code, ConfirmForgotPassword; when email MFA rules the email
/// out for recovery, an administrator sets the password instead (AdminSetUserPassword).
/// </summary>
public sealed class PasswordReset(CognitoWrapper cognito, CodeEntry codeEntry, IAnsiConsole console, Questions questions, PasswordPolicyHint passwordHint)
{
    private const string AppFactorIntro =
        "With MFA on, a forgotten password is reset with a code sent to the verified email or phone (not with the MFA factor); the next sign-in still needs the MFA code or a remembered device.";

    private const string EmailFactorIntro =
        "With MFA on, a forgotten password is reset with a code sent to a verified email or phone; the next sign-in still needs the MFA code or a remembered device. "
        + "Here the email is also the MFA factor: the API reference says email MFA disqualifies recovery by email when the pool has an AccountRecoverySetting.";

    /// <summary>Resets the password by code, or as an administrator when the user cannot get a code.</summary>
    /// <param name="username">The user.</param>
    /// <param name="factor">The user's MFA factor (email MFA may rule out recovery by email).</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The new password, set; or null when the reset was skipped.</returns>
    public async Task<string?> ResetAsync(string username, MfaFactor factor, CancellationToken cancellationToken)
    {
        if (!await questions.RunOptionalStepAsync("Reset the password with ForgotPassword now?", cancellationToken).ConfigureAwait(false))
        {
            console.Info("Skipped: the password stays as it is.");
            return null;
        }

        if (!questions.Interactive && !codeEntry.CanReadEmail)
        {
            console.Info("Skipped: --non-interactive cannot read the reset code from a real mailbox. Run interactively to try this step.");
            return null;
        }

        console.Info(factor == MfaFactor.Email ? EmailFactorIntro : AppFactorIntro);
        return await TrySendCodeAsync(username, factor, cancellationToken).ConfigureAwait(false)
            ? await ResetWithCodeAsync(username, cancellationToken).ConfigureAwait(false)
            : await ResetAsAdministratorAsync(username, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>ConfirmForgotPassword with the emailed code, asking again for a wrong code or a refused password.</summary>
    private async Task<string> ResetWithCodeAsync(string username, CancellationToken cancellationToken)
    {
        var newPassword = await questions.NewPasswordAsync(cancellationToken).ConfigureAwait(false);
        await codeEntry.SendUntilAcceptedAsync(codeEntry.FromEmail(username, EmailedCode.PasswordReset),
            code => cognito.ConfirmForgotPasswordAsync(username, code, newPassword, cancellationToken),
            async refusal =>
            {
                if (await codeEntry.AfterEmailedCodeRefusedAsync(refusal, () => SendCodeAsync(username, cancellationToken),
                        "The password reset code expired and no new one was requested; the password is unchanged.", cancellationToken).ConfigureAwait(false) is { } next)
                {
                    return next;
                }

                if (refusal is InvalidPasswordException refused && questions.Interactive)
                {
                    newPassword = await AnotherPasswordAsync(refused, cancellationToken).ConfigureAwait(false);
                    return AfterRefusal.AskAgain;
                }

                return AfterRefusal.GiveUp;
            }, cancellationToken).ConfigureAwait(false);

        console.Success("Password reset (ConfirmForgotPassword): the old password no longer works.");
        return newPassword;
    }

    /// <summary>The documented way out when the user cannot reset the password: an administrator sets a new one.</summary>
    /// <returns>The new password, or null when the person declines.</returns>
    private async Task<string?> ResetAsAdministratorAsync(string username, CancellationToken cancellationToken)
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
                await cognito.AdminSetPermanentPasswordAsync(username, newPassword, cancellationToken).ConfigureAwait(false);
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
    private async Task<bool> TrySendCodeAsync(string username, MfaFactor factor, CancellationToken cancellationToken)
    {
        try
        {
            var delivery = await SendCodeAsync(username, cancellationToken).ConfigureAwait(false);
            if (factor == MfaFactor.Email && delivery?.DeliveryMedium == DeliveryMediumType.EMAIL)
            {
                console.Warning("The reset code went to the mailbox that also receives the MFA codes: this pool has no AccountRecoverySetting (Cognito's legacy rule). One mailbox now gives both.");
            }

            return true;
        }
        catch (InvalidParameterException exception) when (factor == MfaFactor.Email
                                                          && exception.Message.Contains("Cannot reset password", StringComparison.OrdinalIgnoreCase))
        {
            console.Warning($"Cognito sends no reset code (\"{exception.Message}\"): the user's verified email is their MFA factor, which this pool's AccountRecoverySetting rules out for recovery, and there is no verified phone number.");
            console.Info("The documented way out is an administrator: AdminSetUserPassword sets a new permanent password (an IAM-authorised call, e.g. from a support back end).");
            return false;
        }
    }

    private async Task<CodeDeliveryDetailsType?> SendCodeAsync(string username, CancellationToken cancellationToken)
    {
        var response = await cognito.ForgotPasswordAsync(username, cancellationToken).ConfigureAwait(false);
        if (response.CodeDeliveryDetails is { } delivery)
        {
            console.Info($"Reset code sent by {delivery.DeliveryMedium?.Value ?? "?"} to {delivery.Destination ?? "?"} (Cognito masks the address).");
        }

        await codeEntry.ShowNewestEmailAsync(username, cancellationToken).ConfigureAwait(false);
        return response.CodeDeliveryDetails;
    }

    private async Task<string> AnotherPasswordAsync(InvalidPasswordException refusal, CancellationToken cancellationToken)
    {
        await passwordHint.ExplainAsync(refusal, cancellationToken).ConfigureAwait(false);
        return await questions.NewPasswordAsync(cancellationToken).ConfigureAwait(false);
    }
}
