using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// The one place auth sessions are made: for a step of a sign-in, for the MFA_SETUP detour through
/// AssociateSoftwareToken / VerifySoftwareToken, and for sign-in straight after sign-up. Every session is single use,
/// for one user and client, and lasts the client's AuthSessionValidity.
/// </summary>
public sealed class SignInSessions(SessionStore sessions)
{
    /// <summary>A new session for the attempt's next <paramref name="step"/>; extend it with <c>with</c> before issuing.</summary>
    public AuthSession For(SignInAttempt attempt, string step) => For(attempt.Pool, attempt.Client, attempt.UsernameKey, step, attempt.DeviceKey);

    /// <summary>A new session for <paramref name="step"/> of the user with <paramref name="usernameKey"/>.</summary>
    public AuthSession For(UserPool pool, AppClient client, string usernameKey, string step, string? deviceKey = null) => new()
    {
        UserPoolId = pool.Id,
        ClientId = client.ClientId,
        UsernameKey = usernameKey,
        Step = step,
        ExpiresAt = sessions.ExpiryFor(client),
        DeviceKey = deviceKey,
    };

    /// <summary>Stores the session and returns the opaque string the client quotes.</summary>
    public string Issue(AuthSession session) => sessions.Create(session);

    /// <summary>A session for the attempt's next step, with nothing more to remember.</summary>
    public string Issue(SignInAttempt attempt, string step) => Issue(For(attempt, step));

    /// <summary>The MFA_SETUP path's next session (AssociateSoftwareToken, VerifySoftwareToken): same user, same expiry.</summary>
    public string Next(AuthSession previous, string step) => Issue(new AuthSession
    {
        UserPoolId = previous.UserPoolId,
        ClientId = previous.ClientId,
        UsernameKey = previous.UsernameKey,
        Step = step,
        ExpiresAt = previous.ExpiresAt,
        DeviceKey = previous.DeviceKey,
    });

    /// <summary>The Session SignUp and ConfirmSignUp hand out, for InitiateAuth USER_AUTH straight after sign-up.</summary>
    public string ForSignUp(UserPool pool, AppClient client, string username, string step) =>
        Issue(For(pool, client, pool.UsernameKey(username), step));

    /// <summary>
    /// The live session an answer quotes (by id, or by SECRET_BLOCK for SRP clients that do not send it back),
    /// which must have been issued to this client for this user.
    /// </summary>
    public (string Id, AuthSession Session) Open(UserPool pool, AppClient client, string username, string? sessionId, string? secretBlock)
    {
        var (id, session) = sessions.Get(sessionId, secretBlock);
        if (session.ClientId != client.ClientId || session.UserPoolId != pool.Id || session.UsernameKey != pool.UsernameKey(username))
        {
            throw Errors.InvalidSession();
        }

        return (id, session);
    }
}
