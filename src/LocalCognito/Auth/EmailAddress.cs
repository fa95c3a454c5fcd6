using System.Text.RegularExpressions;

namespace LocalCognito.Auth;

/// <summary>The shape Cognito accepts for an email address: something, one @, something, no spaces.</summary>
public static partial class EmailAddress
{
    public static bool LooksValid(string value) => Format().IsMatch(value);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+$")]
    private static partial Regex Format();
}
