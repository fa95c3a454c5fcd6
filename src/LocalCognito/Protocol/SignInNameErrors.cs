namespace LocalCognito.Protocol;

/// <summary>Cognito's errors about user names, email or phone as the user name, and sign-in aliases.</summary>
public static class SignInNameErrors
{
    /// <summary>Another user signs in with this email / phone_number / preferred_username.</summary>
    public static CognitoException AliasExists(string attribute) =>
        new("AliasExistsException", $"An account with the given {attribute} already exists.");

    /// <summary>SignUp / AdminCreateUser in a pool with UsernameAttributes when another user has the email or phone number.</summary>
    public static CognitoException UsernameTaken(string attribute) =>
        new("UsernameExistsException", $"An account with the given {attribute} already exists.");

    /// <summary>A user name that is not what the pool's UsernameAttributes ask for.</summary>
    public static CognitoException UsernameNotOfRequiredFormat(IReadOnlyList<string> usernameAttributes) =>
        Errors.InvalidParameter(usernameAttributes.Count > 1
            ? "Username should be either an email or a phone number."
            : usernameAttributes[0] == "email" ? "Username should be an email." : "Username should be a phone number.");

    /// <summary>With an email or phone alias, a user name cannot look like one (it would be ambiguous at sign-in).</summary>
    public static CognitoException UsernameOfAliasFormat(string attribute) =>
        Errors.InvalidParameter(attribute == "email"
            ? "Username cannot be of email format, since user pool is configured for email alias."
            : "Username cannot be of phone number format, since user pool is configured for phone_number alias.");

    public static CognitoException UsernameAndAliasAttributes() =>
        Errors.InvalidParameter("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.");
}
