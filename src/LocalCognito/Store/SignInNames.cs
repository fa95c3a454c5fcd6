using System.Text.RegularExpressions;

namespace LocalCognito.Store;

/// <summary>
/// The names a user signs in with besides their user name, as the pool's settings make them: with UsernameAttributes
/// the current email and/or phone_number (verified or not: they are the user's sign-in name); with AliasAttributes a
/// verified email or phone_number and, once the user is confirmed, preferred_username. Each name belongs to one user
/// at a time, and is compared as user names are (lower-cased when the pool is case-insensitive).
/// </summary>
public static partial class SignInNames
{
    public const string Email = "email", PhoneNumber = "phone_number", PreferredUsername = "preferred_username";

    /// <summary>The (attribute, value) pairs that sign this user in, besides the user name.</summary>
    public static IEnumerable<(string Attribute, string Value)> Of(UserPool pool, User user)
    {
        foreach (var attribute in pool.UsernameAttributes)
        {
            if (user.GetAttribute(attribute) is { Length: > 0 } value)
            {
                yield return (attribute, value);
            }
        }

        foreach (var attribute in pool.AliasAttributes)
        {
            if (user.GetAttribute(attribute) is { Length: > 0 } value && IsActiveAlias(user, attribute))
            {
                yield return (attribute, value);
            }
        }
    }

    /// <summary>Whether the pool has sign-in names besides user names at all (so lookups need more than the name).</summary>
    public static bool PoolHasAny(UserPool pool) => pool.UsernameAttributes.Count > 0 || pool.AliasAttributes.Count > 0;

    /// <summary>The key a sign-in name is compared by.</summary>
    public static string Key(UserPool pool, string value) => pool.UsernameKey(value);

    public static bool IsEmail(string value) => EmailFormat().IsMatch(value);

    /// <summary>E.164, as Cognito requires phone numbers: a plus sign and up to 15 digits.</summary>
    public static bool IsPhoneNumber(string value) => PhoneFormat().IsMatch(value);

    /// <summary>Email and phone aliases need a verified value; preferred_username works once the user is confirmed.</summary>
    private static bool IsActiveAlias(User user, string attribute) => attribute == PreferredUsername
        ? user.Status != UserStatus.Unconfirmed
        : user.GetAttribute(attribute + "_verified") == "true";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex EmailFormat();

    [GeneratedRegex(@"^\+[0-9]{2,15}$")]
    private static partial Regex PhoneFormat();
}
