using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn.Challenges;

/// <summary>
/// PASSWORD: the plain password as first factor (USER_PASSWORD_AUTH, ADMIN_USER_PASSWORD_AUTH, USER_AUTH), checked
/// under the sign-in lockout. Chosen without a password (USER_AUTH), it is asked for with the PASSWORD challenge.
/// </summary>
public sealed class PasswordFactor(
    SignInLockout lockout, AfterPassword afterPassword, SignInSessions sessions, SessionStore sessionStore, AuthEventLog authEvents)
    : IFirstFactor, IChallengeHandler
{
    public string Name => SessionStep.Password;
    public string ChallengeName => SessionStep.Password;
    public string PoolFactor => SessionStep.Password;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.Password];

    // A user who signed up without a password has none to offer.
    public bool IsAvailableTo(UserPool pool, User user) => user.HasPassword;

    public SignInOutcome Start(SignInAttempt attempt, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.GetValueOrDefault("PASSWORD") is not { } password)
        {
            return new SignInChallenge(SessionStep.Password, new Dictionary<string, string>(), sessions.Issue(attempt, SessionStep.Password));
        }

        var user = attempt.User;
        AfterPassword.RefuseImportedWithoutPassword(user);
        if (!lockout.Attempt(user, () => PasswordHasher.Matches(user.Password, password)))
        {
            authEvents.PasswordFailed(attempt.Pool, user);
            throw Errors.IncorrectCredentials();
        }

        return afterPassword.Continue(attempt);
    }

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        sessionStore.Consume(answer.SessionId);
        return Start(answer.Attempt, answer.Responses);
    }
}
