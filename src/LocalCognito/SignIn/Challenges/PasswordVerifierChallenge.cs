using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.SignIn.Challenges;

/// <summary>PASSWORD_VERIFIER: the SRP password claim, checked under the sign-in lockout; then on as after any password.</summary>
public sealed class PasswordVerifierChallenge(SessionStore sessions, SignInLockout lockout, AfterPassword afterPassword, AuthEventLog authEvents)
    : IChallengeHandler
{
    public string ChallengeName => SessionStep.PasswordVerifier;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.PasswordVerifier];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var attempt = answer.Attempt;
        sessions.Consume(answer.SessionId);
        AfterPassword.RefuseImportedWithoutPassword(attempt.User);
        if (!lockout.Attempt(attempt.User, () => SrpClaim.Verify(answer, attempt.Pool.SrpRealm, attempt.User.Username)))
        {
            authEvents.PasswordFailed(attempt.Pool, attempt.User);
            throw Errors.IncorrectCredentials();
        }

        return afterPassword.Continue(attempt with { DeviceKey = answer.Responses.GetValueOrDefault("DEVICE_KEY") ?? attempt.DeviceKey });
    }
}
