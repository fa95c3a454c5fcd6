using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The user name a new user gets (SignUp, AdminCreateUser). With UsernameAttributes the name given must be an email or
/// phone number as the pool asks; it becomes that attribute, and Cognito names the user itself with the user's sub
/// (a UUID). With an email or phone alias, a user name may not look like one.
/// </summary>
public static class NewUserNames
{
    public static (string Username, string? Attribute) For(UserPool pool, string requested, string sub)
    {
        if (pool.UsernameAttributes.Count > 0)
        {
            var attribute = pool.UsernameAttributes.FirstOrDefault(candidate => Fits(candidate, requested))
                            ?? throw SignInNameErrors.UsernameNotOfRequiredFormat(pool.UsernameAttributes);
            return (sub, attribute);
        }

        foreach (var alias in pool.AliasAttributes.Where(alias => alias != SignInNames.PreferredUsername && Fits(alias, requested)))
        {
            throw SignInNameErrors.UsernameOfAliasFormat(alias);
        }

        return (requested, null);
    }

    /// <summary>The error for a name already taken: by user name, or by the email / phone number that is the user name.</summary>
    public static CognitoException Taken(UserPool pool, User newUser, User holder)
    {
        if (pool.UsernameAttributes.Count == 0 || newUser.Username == holder.Username)
        {
            return Errors.UsernameExists();
        }

        var holderNames = SignInNames.Of(pool, holder).Select(name => SignInNames.Key(pool, name.Value)).ToHashSet();
        var shared = SignInNames.Of(pool, newUser).FirstOrDefault(name => holderNames.Contains(SignInNames.Key(pool, name.Value)));
        return SignInNameErrors.UsernameTaken(shared.Attribute ?? SignInNames.Email);
    }

    private static bool Fits(string attribute, string value) =>
        attribute == SignInNames.Email ? SignInNames.IsEmail(value) : SignInNames.IsPhoneNumber(value);
}
