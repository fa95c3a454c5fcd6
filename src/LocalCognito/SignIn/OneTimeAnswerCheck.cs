using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.SignIn;

/// <summary>
/// The check every code challenge shares (SOFTWARE_TOKEN_MFA, EMAIL_OTP): the session must still be live, the user
/// must not be locked out, and a wrong answer counts twice — toward the user's sign-in lockout (wrong codes and wrong
/// passwords share it) and toward the session's own limit, after which the session is spent. A right answer spends
/// the session, so a concurrent duplicate of the same answer is told the session was used.
/// </summary>
public sealed class OneTimeAnswerCheck(SessionStore sessions, SignInLockout lockout)
{
    /// <summary>Wrong answers one session takes before it is spent.</summary>
    public const int AttemptsPerSession = 5;

    /// <summary>
    /// Runs <paramref name="rejection"/> (null when the answer is right, else the error to return) under these rules;
    /// returns normally only for a right answer, with the session consumed.
    /// </summary>
    public void Check(ChallengeAnswer answer, Func<CognitoException?> rejection)
    {
        sessions.Get(answer.SessionId); // a concurrent duplicate of this answer may have used the session meanwhile
        lockout.ThrowIfLockedOut(answer.Attempt.User);
        if (rejection() is { } refused)
        {
            lockout.Failed(answer.Attempt.User);
            sessions.RecordFailedAttempt(answer.SessionId, AttemptsPerSession);
            throw refused;
        }

        sessions.Consume(answer.SessionId);
    }
}
