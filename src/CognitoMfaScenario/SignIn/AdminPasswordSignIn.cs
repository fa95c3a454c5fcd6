using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.SignIn;

/// <summary>
/// The administrator sign-in with the run's user name and password (AdminInitiateAuth, ADMIN_USER_PASSWORD_AUTH).
/// For a user that existed before the run, a wrong password is asked again instead of ending the run.
/// </summary>
public sealed class AdminPasswordSignIn(CognitoWrapper cognito, ScenarioState state, IAnsiConsole console, Questions questions)
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
                return await cognito.AdminSignInAsync(state.Username, state.Password, cancellationToken).ConfigureAwait(false);
            }
            catch (NotAuthorizedException exception) when (questions.Interactive && state.ContinuedExistingUser
                                                           && exception.Is(NotAuthorizedCause.WrongUsernameOrPassword))
            {
                console.Problem("Incorrect password for this existing user.");
                state.Password = await questions.ExistingUsersPasswordAsync(state.Username, cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
