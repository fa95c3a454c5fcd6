using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn.Challenges;

/// <summary>
/// NEW_PASSWORD_REQUIRED: a user made by AdminCreateUser replaces the temporary password (and supplies the required
/// attributes still missing); the user is then confirmed and the sign-in goes on as after any password.
/// </summary>
public sealed class NewPasswordRequiredChallenge(SessionStore sessions, CognitoStore store, AfterPassword afterPassword, TimeProvider time)
    : IChallengeHandler
{
    public string ChallengeName => SessionStep.NewPasswordRequired;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.NewPasswordRequired];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var (pool, user) = (answer.Attempt.Pool, answer.Attempt.User);
        var newPassword = answer.Required("NEW_PASSWORD");
        PasswordPolicy.From(pool.Settings).Check(newPassword);
        NewPasswordChallenge.EnsureRequiredSupplied(pool, user, answer.Responses);
        sessions.Consume(answer.SessionId);
        var changed = store.ReplaceTemporaryPassword(pool, user.Username, PasswordHasher.Create(pool.SrpRealm, user.Username, newPassword),
                          NewPasswordChallenge.AttributesIn(answer.Responses), time.GetUtcNow())
                      ?? throw Errors.IncorrectCredentials();
        return afterPassword.Continue(answer.Attempt with { User = changed });
    }
}
