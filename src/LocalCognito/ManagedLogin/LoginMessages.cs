using LocalCognito.Protocol;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// The one sentence a page shows for a Cognito error. The meaning stays Cognito's (the same exception decides it);
/// the wording tells the person what to do next.
/// </summary>
public static class LoginMessages
{
    public const string SessionExpired = "Your sign-in session expired. Sign in again.";
    public const string StaleForm = "This form expired. Please try again.";

    /// <summary>Whether the error means the challenge session is spent or expired (start the sign-in again).</summary>
    public static bool EndsSession(CognitoException error) =>
        error.Code == "NotAuthorizedException" && error.Message.StartsWith("Invalid session for the user", StringComparison.Ordinal);

    /// <summary>The sentence for an error on a page that asks for a one-time code (MFA, set-up, email).</summary>
    public static string ForCode(CognitoException error) => error.Code switch
    {
        "CodeMismatchException" => "That code is not right. Check it and try again.",
        "EnableSoftwareTokenMFAException" => "That code does not match. Enter the current 6-digit code your authenticator app shows.",
        "ExpiredCodeException" when error.Message.Contains("already been used", StringComparison.Ordinal) =>
            "That code was already used. Wait for the next code from your authenticator app.",
        "ExpiredCodeException" => "That code has expired. Request a new code.",
        _ => For(error),
    };

    /// <summary>The sentence for any other error.</summary>
    public static string For(CognitoException error) => error.Code switch
    {
        _ when EndsSession(error) => SessionExpired,
        "NotAuthorizedException" when error.Message == "Password attempts exceeded" =>
            "Too many failed attempts. Wait a few minutes, then try again.",
        "UserNotFoundException" => "No account was found with that username.",
        "UsernameExistsException" => "An account with that username already exists.",
        "LimitExceededException" => "Too many attempts. Wait a few minutes, then try again.",
        "TooManyFailedAttemptsException" => "Too many failed attempts. Wait a few minutes, then try again.",
        "CodeMismatchException" => "That code is not right. Check it and try again.",
        "ExpiredCodeException" => "That code has expired. Request a new code.",
        "InvalidPasswordException" => Sentence(error.Message.Replace("Password did not conform with policy: ", "", StringComparison.Ordinal)),
        "InvalidParameterException" when ConstraintField(error.Message) is { } field => field switch
        {
            "password" or "proposedPassword" => "That password is not accepted: use no spaces and at most 256 characters.",
            "confirmationCode" or "userCode" => "That code is not in the right form: enter the digits you received.",
            "username" => "That username is not accepted: use no spaces and at most 128 characters.",
            _ => $"Check the {field} and try again.",
        },
        _ => Sentence(error.Message),
    };

    /// <summary>The member a model-validation error names ("... Value at 'password' failed to satisfy constraint ...").</summary>
    private static string? ConstraintField(string message)
    {
        const string Marker = "Value at '";
        var start = message.IndexOf(Marker, StringComparison.Ordinal);
        if (!message.StartsWith("1 validation error detected", StringComparison.Ordinal) || start < 0)
        {
            return null;
        }

        start += Marker.Length;
        var end = message.IndexOf('\'', start);
        return end > start ? message[start..end] : null;
    }

    private static string Sentence(string text) => text.Length > 0 && !text.EndsWith('.') ? text + "." : text;
}
