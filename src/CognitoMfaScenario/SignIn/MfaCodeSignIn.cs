using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.SignIn;

/// <summary>
/// Answers the MFA challenge that follows the password: SOFTWARE_TOKEN_MFA with a code from the authenticator,
/// EMAIL_OTP with the emailed code, and SELECT_MFA_TYPE (several factors, none preferred) with the run's factor.
/// A wrong or reused code is asked again; a dead session or an expired email code starts the sign-in again.
/// </summary>
public sealed class MfaCodeSignIn(CognitoWrapper cognito, IAnsiConsole console, Questions questions, TimeProvider timeProvider, ScenarioState state,
    LocalInbox inbox)
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

            if (challenge.ChallengeName == ChallengeNameType.SELECT_MFA_TYPE)
            {
                var factor = SelectMfaTypeAnswer(state.Factor, challenge.Parameter("MFAS_CAN_CHOOSE"));
                console.Info($"The user has several MFA factors and no preferred one (SELECT_MFA_TYPE): choosing {factor}.");
                var selected = await cognito.RespondToSelectMfaTypeAsync(challenge.AnswerAs(username), challenge.Session, factor, cancellationToken)
                    .ConfigureAwait(false);
                challenge = SignInOutcome.From(selected) with { Username = challenge.Username };
                continue;
            }

            if (challenge.ChallengeName == ChallengeNameType.EMAIL_OTP)
            {
                var answered = await TryEmailCodeAsync(challenge, username, attempt, cancellationToken).ConfigureAwait(false);
                if (answered is not null)
                {
                    return answered;
                }

                challenge = await signInAgain().ConfigureAwait(false);
                continue;
            }

            if (challenge.ChallengeName != ChallengeNameType.SOFTWARE_TOKEN_MFA)
            {
                throw new ScenarioException($"Expected an MFA challenge (SOFTWARE_TOKEN_MFA or EMAIL_OTP) but Cognito answered {challenge.Describe}. Check that the pool requires MFA.");
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

    /// <summary>Answers EMAIL_OTP, asking again after a wrong code.</summary>
    /// <returns>The tokens, or null when the sign-in must start again (expired code or dead session: a new sign-in sends a new code).</returns>
    private async Task<AuthenticationResultType?> TryEmailCodeAsync(SignInOutcome challenge, string username, int attempt, CancellationToken cancellationToken)
    {
        console.Info($"Cognito emailed a sign-in code to {challenge.Parameter("CODE_DELIVERY_DESTINATION") ?? "the user's address"} (EMAIL_OTP).");
        for (var tries = attempt; ; tries++)
        {
            await inbox.ShowNewestAsync(username, cancellationToken).ConfigureAwait(false);
            var code = await questions.EmailMfaCodeAsync(await inbox.NewestCodeAsync(username, cancellationToken).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
            try
            {
                var answer = SignInOutcome.From(await cognito.RespondToEmailOtpAsync(challenge.AnswerAs(username), challenge.Session, code, cancellationToken)
                    .ConfigureAwait(false));
                return answer.Tokens
                    ?? throw new ScenarioException($"Cognito answered the emailed code with another challenge ({answer.Describe}) instead of tokens.");
            }
            catch (CodeMismatchException) when (questions.Interactive && tries < RetryLimits.CodeRetries)
            {
                console.Problem("That code is not right. Check the newest email and try again.");
            }
            catch (ExpiredCodeException) when (tries < RetryLimits.CodeRetries)
            {
                console.Problem("That code has expired. Signing in again sends a new one.");
                return null;
            }
            catch (NotAuthorizedException exception) when (exception.IsSessionProblem() && tries < RetryLimits.CodeRetries)
            {
                console.Warning(AdminPasswordSignIn.SessionRestartNotice);
                return null;
            }
        }
    }

    /// <summary>
    /// The SELECT_MFA_TYPE ANSWER for the run's factor, as the challenge's MFAS_CAN_CHOOSE names it. For email the API
    /// reference writes EMAIL_MFA while the challenge is EMAIL_OTP (the name AWS Amplify answers with): the name offered
    /// wins, EMAIL_OTP when neither is listed.
    /// </summary>
    private static string SelectMfaTypeAnswer(MfaFactor factor, string? mfasCanChoose)
    {
        if (factor != MfaFactor.Email)
        {
            return "SOFTWARE_TOKEN_MFA";
        }

        var offered = mfasCanChoose ?? string.Empty;
        return !offered.Contains("\"EMAIL_OTP\"", StringComparison.Ordinal) && offered.Contains("\"EMAIL_MFA\"", StringComparison.Ordinal)
            ? "EMAIL_MFA"
            : "EMAIL_OTP";
    }
}
