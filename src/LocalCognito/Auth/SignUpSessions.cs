using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// The Sessions SignUp and ConfirmSignUp hand out for sign-in straight after sign-up (USER_AUTH): single use, for
/// one user and client, valid as long as the client's auth sessions.
/// </summary>
public static class SignUpSessions
{
    public static string Create(SessionStore sessions, UserPool pool, AppClient client, string username, string step) =>
        sessions.Create(new AuthSession
        {
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            UsernameKey = pool.UsernameKey(username),
            Step = step,
            ExpiresAt = sessions.ExpiryFor(client),
        });
}
