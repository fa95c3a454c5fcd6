using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn.Challenges;

/// <summary>
/// SOFTWARE_TOKEN_MFA: a code from the user's authenticator (RFC 6238, one step early or late accepted), each time
/// step used once. Wrong and reused codes count under <see cref="OneTimeAnswerCheck"/>.
/// </summary>
public sealed class SoftwareTokenMfaChallenge(OneTimeAnswerCheck check, Totp totp, CognitoStore store, SignInCompletion completion) : IChallengeHandler
{
    public string ChallengeName => SessionStep.SoftwareTokenMfa;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.SoftwareTokenMfa];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var attempt = answer.Attempt;
        var code = answer.Required("SOFTWARE_TOKEN_MFA_CODE");
        long step = 0;
        check.Check(answer, () =>
        {
            var matched = totp.MatchStep(attempt.User.TotpSecret!, code);
            if (matched is null)
            {
                return Errors.MfaCodeMismatch();
            }

            step = matched.Value;
            return step <= attempt.User.LastTotpStep ? Errors.MfaCodeReused() : null;
        });

        // The step is recorded atomically, so a second session answering with the same code meanwhile loses.
        if (!store.TryUseTotpStep(attempt.Pool, attempt.User.Username, step, out var signedIn))
        {
            throw signedIn is null ? Errors.IncorrectCredentials() : Errors.MfaCodeReused();
        }

        return completion.Complete(attempt with { User = signedIn });
    }
}
