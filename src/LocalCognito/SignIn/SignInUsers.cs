using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// The one place sign-in finds a user by the name a client gave (USERNAME in AuthParameters or ChallengeResponses),
/// so rules about which names sign a user in live here.
/// </summary>
public sealed class SignInUsers(CognitoStore store)
{
    /// <summary>The user, or null when the pool has none by that name.</summary>
    public User? Find(UserPool pool, string username) => store.FindUser(pool, username);

    /// <summary>
    /// The user starting a sign-in; an unknown name is UserNotFoundException, or the wrong-password error when the
    /// client prevents user existence errors.
    /// </summary>
    public User Require(UserPool pool, AppClient client, string username) =>
        Find(pool, username) ?? throw (client.PreventUserExistenceErrors ? Errors.IncorrectCredentials() : Errors.UserNotFound());

}
