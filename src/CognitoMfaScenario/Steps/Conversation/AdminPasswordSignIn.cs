using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>
/// The administrator sign-in with the run's user name and password (AdminInitiateAuth, ADMIN_USER_PASSWORD_AUTH).
/// For a user that existed before the run, a wrong password is asked again instead of ending the run.
/// </summary>
public sealed class AdminPasswordSignIn(CognitoWrapper cognito, AccountState account, IAnsiConsole console, Questions questions)
{
    /// <summary>Said when a challenge session can no longer be used and the scenario signs in again.</summary>
    public const string SessionRestartNotice =
        "The sign-in session is no longer valid (sessions expire after a few minutes and work once). Signing in again.";

    /// <returns>A challenge (MFA_SETUP, SOFTWARE_TOKEN_MFA) with its session, or tokens.</returns>
    public async Task<AdminInitiateAuthResponse> SignInAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await cognito.AdminSignInAsync(account.Username, account.Password, cancellationToken).ConfigureAwait(false);
            }
            catch (NotAuthorizedException exception) when (questions.Interactive && account.ContinuedExistingUser
                                                           && exception.Is(NotAuthorizedCause.WrongUsernameOrPassword))
            {
                console.Problem("Incorrect password for this existing user.");
                account.ChangePassword(await questions.ExistingUsersPasswordAsync(account.Username, cancellationToken).ConfigureAwait(false));
            }
        }
    }
}
