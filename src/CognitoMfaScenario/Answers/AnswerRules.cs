using System.Text.RegularExpressions;

namespace CognitoMfaScenario.Answers;

/// <summary>What makes a typed answer acceptable. Each rule returns an error to show, or null.</summary>
public static partial class AnswerRules
{
    public static string? Username(string answer) =>
        answer.Length is > 0 and <= 128 && !answer.Any(char.IsWhiteSpace) ? null : "User names have 1–128 characters and no spaces.";

    public static string? Email(string answer) =>
        EmailPattern().IsMatch(answer) ? null : "That does not look like an email address.";

    public static string? ConfirmationCode(string answer) =>
        answer.All(char.IsAsciiDigit) ? null : "The code is made of digits.";

    public static string? AuthenticatorCode(string answer) =>
        SixDigits().IsMatch(answer) ? null : "Enter the 6 digits the app shows.";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SixDigits();
}
