using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.SignIn;

/// <summary>
/// Signs in with the password and a code from the authenticator: the password sign-in gives SOFTWARE_TOKEN_MFA,
/// and the code answers it. A wrong or reused code is asked again; a dead session signs in again.
/// </summary>
public sealed class MfaCodeSignIn(CognitoWrapper cognito, AdminPasswordSignIn passwordSignIn, IAnsiConsole console, Questions questions, TimeProvider timeProvider)
{
    /// <param name="username">The user signing in (the password sign-in uses the run's credentials).</param>
    /// <param name="authenticator">The built-in authenticator, or null when codes are typed from an app.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The tokens, with NewDeviceMetadata when the pool tracks devices.</returns>
    public async Task<AuthenticationResultType> SignInAsync(string username, BuiltInAuthenticator? authenticator, CancellationToken cancellationToken)
    {
        var signIn = await passwordSignIn.SignInAsync(cancellationToken).ConfigureAwait(false);
        if (signIn.ChallengeName != ChallengeNameType.SOFTWARE_TOKEN_MFA)
        {
            throw new ScenarioException($"Expected the SOFTWARE_TOKEN_MFA challenge but Cognito answered {signIn.ChallengeName?.Value ?? "with tokens"}. Check that the pool requires MFA with software tokens.");
        }

        var session = signIn.Session;
        string? unusedCode = null;
        for (var attempt = 0; ; attempt++)
        {
            // A code sent with a dead session was never checked, so it is still good for the new session.
            var code = unusedCode ?? await questions.AuthenticatorCodeAsync(authenticator, cancellationToken).ConfigureAwait(false);
            unusedCode = null;
            try
            {
                var response = await cognito.AdminRespondToSoftwareTokenMfaAsync(username, session, code, cancellationToken).ConfigureAwait(false);
                return response.AuthenticationResult
                    ?? throw new ScenarioException($"Cognito answered the MFA code with another challenge ({response.ChallengeName?.Value}) instead of tokens.");
            }
            catch (CodeMismatchException) when (authenticator is null && attempt < RetryLimits.CodeRetries)
            {
                console.Problem("Wrong code. Check the account in your authenticator app and the device's clock.");
            }
            catch (ExpiredCodeException) when (attempt < RetryLimits.CodeRetries)
            {
                var wait = TotpClock.SecondsUntilNextCode(timeProvider.GetUtcNow());
                console.Problem($"That code was used already (a code works once). The next code appears in {wait} s.");
            }
            catch (NotAuthorizedException exception) when (exception.IsSessionProblem() && attempt < RetryLimits.CodeRetries)
            {
                console.Warning(AdminPasswordSignIn.SessionRestartNotice);
                session = (await passwordSignIn.SignInAsync(cancellationToken).ConfigureAwait(false)).Session;
                unusedCode = code;
            }
        }
    }
}
