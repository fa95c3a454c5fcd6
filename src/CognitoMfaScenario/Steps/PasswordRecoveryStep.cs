using CognitoMfaScenario.State;
using CognitoMfaScenario.Steps.Conversation;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>
/// Password recovery with MFA on: the reset (by emailed code, or by an administrator when email MFA rules the email
/// out), then a sign-in with the new password.
/// </summary>
public sealed class PasswordRecoveryStep(AccountState account, MfaState mfa, SessionState session, IAnsiConsole console, PasswordReset reset,
    UserSignIn userSignIn, TokenReport tokenReport)
{
    /// <summary>Reset the password with a code from the email (or as an administrator, when that is ruled out), then sign in again with the new one.</summary>
    public async Task RecoverPasswordAsync(CancellationToken cancellationToken)
    {
        if (await reset.ResetAsync(account.Username, mfa.Factor, cancellationToken).ConfigureAwait(false) is not { } newPassword)
        {
            return;
        }

        account.ChangePassword(newPassword);
        var signedIn = await userSignIn.SignInAsync(account.Username, newPassword, session.Device, mfa.Codes, cancellationToken).ConfigureAwait(false);
        session.SignedIn(signedIn.Tokens);
        console.Success(signedIn.ByRememberedDevice
            ? "Signed in with the new password from the remembered device (no MFA code)."
            : "Signed in with the new password and the MFA code.");
        tokenReport.WriteRaw("Access token", signedIn.Tokens.AccessToken);
    }
}
