using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Cognito;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps.Conversation;

/// <summary>
/// Answers the MFA challenge that follows the password: SOFTWARE_TOKEN_MFA with a code from the authenticator,
/// EMAIL_OTP with the emailed code, and SELECT_MFA_TYPE (several factors, none preferred) with the run's factor.
/// A wrong or reused code is asked again; a dead session or an expired email code starts the sign-in again.
/// </summary>
public sealed class MfaChallengeAnswer(CognitoWrapper cognito, CodeEntry codeEntry, IAnsiConsole console, TimeProvider timeProvider)
{
    /// <param name="challenge">Where the password sign-in stands: an MFA challenge, or tokens (the pool asked for no code).</param>
    /// <param name="username">The user name as typed.</param>
    /// <param name="codes">The run's factor and where its codes come from.</param>
    /// <param name="signInAgain">Starts the password sign-in again (after the challenge session expired or was used up).</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    /// <returns>The tokens, with NewDeviceMetadata when the pool tracks devices.</returns>
    /// <exception cref="ScenarioException">Cognito asked for something other than an MFA code.</exception>
    public async Task<AuthenticationResultType> AnswerAsync(SignInOutcome challenge, string username, MfaCodes codes,
        Func<Task<SignInOutcome>> signInAgain, CancellationToken cancellationToken)
    {
        var restarts = 0;

        // After a dead session or an expired email code: sign in again, or give up once that happened too often.
        async Task<bool> RestartAsync()
        {
            if (restarts++ >= RetryLimits.SessionRestarts)
            {
                return false;
            }

            challenge = await signInAgain().ConfigureAwait(false);
            return true;
        }

        while (true)
        {
            if (challenge.ChallengeName is null && challenge.Tokens is { } tokens)
            {
                return tokens;
            }

            if (challenge.ChallengeName == ChallengeNameType.SELECT_MFA_TYPE)
            {
                var factor = SelectMfaTypeAnswer(codes.Factor, challenge.Parameter("MFAS_CAN_CHOOSE"));
                console.Info($"The user has several MFA factors and no preferred one (SELECT_MFA_TYPE): choosing {factor}.");
                var selected = await cognito.RespondToSelectMfaTypeAsync(challenge.AnswerAs(username), challenge.Session, factor, cancellationToken)
                    .ConfigureAwait(false);
                challenge = SignInOutcome.From(selected) with { Username = challenge.Username };
                continue;
            }

            var answered = challenge.ChallengeName == ChallengeNameType.EMAIL_OTP
                ? await AnswerEmailCodeAsync(() => challenge, username, RestartAsync, cancellationToken).ConfigureAwait(false)
                : challenge.ChallengeName == ChallengeNameType.SOFTWARE_TOKEN_MFA
                    ? await AnswerAuthenticatorCodeAsync(() => challenge, username, codes.Authenticator, RestartAsync, cancellationToken).ConfigureAwait(false)
                    : throw new ScenarioException($"Expected an MFA challenge (SOFTWARE_TOKEN_MFA or EMAIL_OTP) but Cognito answered {challenge.Describe}. Check that the pool requires MFA.");
            if (answered is not null)
            {
                return answered;
            }
        }
    }

    /// <returns>The tokens, or null when the sign-in started again and the new challenge is to be answered.</returns>
    private Task<AuthenticationResultType?> AnswerAuthenticatorCodeAsync(Func<SignInOutcome> challenge, string username, BuiltInAuthenticator? authenticator,
        Func<Task<bool>> restart, CancellationToken cancellationToken) =>
        codeEntry.SendUntilAcceptedAsync(codeEntry.FromAuthenticator(authenticator),
            async code => Tokens(await cognito.RespondToSoftwareTokenMfaAsync(challenge().AnswerAs(username), challenge().Session, code, cancellationToken)
                .ConfigureAwait(false), "the MFA code"),
            async refusal =>
            {
                switch (refusal)
                {
                    case CodeMismatchException when authenticator is null:
                        console.Problem("Wrong code. Check the account in your authenticator app and the device's clock.");
                        return AfterRefusal.AskAgain;
                    case ExpiredCodeException:
                        var wait = TotpClock.SecondsUntilNextCode(timeProvider.GetUtcNow());
                        console.Problem($"That code was used already (a code works once). The next code appears in {wait} s.");
                        return AfterRefusal.AskAgain;
                    case NotAuthorizedException exception when exception.IsSessionProblem():
                        console.Warning(AdminPasswordSignIn.SessionRestartNotice);
                        if (!await restart().ConfigureAwait(false))
                        {
                            return AfterRefusal.GiveUp;
                        }

                        // A code sent with a dead session was never checked, so it is still good for the new session.
                        return challenge().ChallengeName == ChallengeNameType.SOFTWARE_TOKEN_MFA ? AfterRefusal.SendAgain : AfterRefusal.StartOver;
                    default:
                        return AfterRefusal.GiveUp;
                }
            }, cancellationToken);

    /// <returns>The tokens, or null when the sign-in started again (a new sign-in sends a new code).</returns>
    private Task<AuthenticationResultType?> AnswerEmailCodeAsync(Func<SignInOutcome> challenge, string username, Func<Task<bool>> restart,
        CancellationToken cancellationToken)
    {
        console.Info($"Cognito emailed a sign-in code to {challenge().Parameter("CODE_DELIVERY_DESTINATION") ?? "the user's address"} (EMAIL_OTP).");
        return codeEntry.SendUntilAcceptedAsync(codeEntry.FromEmail(username, EmailedCode.SignIn, showEmail: true),
            async code => Tokens(await cognito.RespondToEmailOtpAsync(challenge().AnswerAs(username), challenge().Session, code, cancellationToken)
                .ConfigureAwait(false), "the emailed code"),
            async refusal =>
            {
                switch (refusal)
                {
                    case CodeMismatchException when codeEntry.Interactive:
                        console.Problem("That code is not right. Check the newest email and try again.");
                        return AfterRefusal.AskAgain;
                    case ExpiredCodeException:
                        console.Problem("That code has expired. Signing in again sends a new one.");
                        return await restart().ConfigureAwait(false) ? AfterRefusal.StartOver : AfterRefusal.GiveUp;
                    case NotAuthorizedException exception when exception.IsSessionProblem():
                        console.Warning(AdminPasswordSignIn.SessionRestartNotice);
                        return await restart().ConfigureAwait(false) ? AfterRefusal.StartOver : AfterRefusal.GiveUp;
                    default:
                        return AfterRefusal.GiveUp;
                }
            }, cancellationToken);
    }

    private static AuthenticationResultType Tokens(RespondToAuthChallengeResponse response, string what)
    {
        var answer = SignInOutcome.From(response);
        return answer.Tokens ?? throw new ScenarioException($"Cognito answered {what} with another challenge ({answer.Describe}) instead of tokens.");
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
