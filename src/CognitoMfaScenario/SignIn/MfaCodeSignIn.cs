using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.SignIn;

/// <summary>
/// Answers the MFA challenge that follows the password (SOFTWARE_TOKEN_MFA) with a code from the authenticator.
/// A wrong or reused code is asked again; a dead session starts the sign-in again.
/// </summary>
public sealed class MfaCodeSignIn(CognitoWrapper cognito, IAnsiConsole console, Questions questions, TimeProvider timeProvider)
{
    /// <param name="challenge">Where the password sign-in stands: an MFA challenge, or tokens (the pool asked for no code).</param>
    /// <param name="username">The user name as typed.</param>
    /// <param name="authenticator">The built-in authenticator, or null when codes are typed from an app.</param>
    /// <param name="signInAgain">Starts the password sign-in again (after the challenge session expired or was used up).</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The tokens, with NewDeviceMetadata when the pool tracks devices.</returns>
    /// <exception cref="ScenarioException">Cognito asked for something other than an MFA code.</exception>
    public async Task<AuthenticationResultType> AnswerAsync(SignInOutcome challenge, string username, BuiltInAuthenticator? authenticator,
        Func<Task<SignInOutcome>> signInAgain, CancellationToken cancellationToken)
    {
        string? unusedCode = null;
        for (var attempt = 0; ; attempt++)
        {
            if (challenge.ChallengeName is null && challenge.Tokens is { } tokens)
            {
                return tokens;
            }

            if (challenge.ChallengeName != ChallengeNameType.SOFTWARE_TOKEN_MFA)
            {
                throw new ScenarioException($"Expected the SOFTWARE_TOKEN_MFA challenge but Cognito answered {challenge.Describe}. Check that the pool requires MFA with software tokens.");
            }

            // A code sent with a dead session was never checked, so it is still good for the new session.
            var code = unusedCode ?? await questions.AuthenticatorCodeAsync(authenticator, cancellationToken).ConfigureAwait(false);
            unusedCode = null;
            try
            {
                var answer = SignInOutcome.From(await cognito.RespondToSoftwareTokenMfaAsync(challenge.AnswerAs(username), challenge.Session, code, cancellationToken)
                    .ConfigureAwait(false));
                return answer.Tokens
                    ?? throw new ScenarioException($"Cognito answered the MFA code with another challenge ({answer.Describe}) instead of tokens.");
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
                challenge = await signInAgain().ConfigureAwait(false);
                unusedCode = code;
            }
        }
    }
}
