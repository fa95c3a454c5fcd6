using Amazon.CognitoIdentityProvider.Model;

namespace CognitoMfaScenario.Errors;

/// <summary>The one place that reads NotAuthorizedException messages; everything else asks for the cause.</summary>
public static class NotAuthorizedClassifier
{
    // Checked in this order: the more specific wording first.
    private static readonly (string Fragment, NotAuthorizedCause Cause)[] Rules =
    [
        ("secret hash", NotAuthorizedCause.SecretHashMismatch),
        ("Incorrect username or password", NotAuthorizedCause.WrongUsernameOrPassword),
        ("session is expired", NotAuthorizedCause.SessionExpired),
        ("session can only be used once", NotAuthorizedCause.SessionUsed),
        ("session", NotAuthorizedCause.SessionInvalid),
        ("Password attempts exceeded", NotAuthorizedCause.PasswordAttemptsExceeded),
        ("User is disabled", NotAuthorizedCause.UserDisabled),
        ("Current status is CONFIRMED", NotAuthorizedCause.AlreadyConfirmed),
        ("Refresh Token has been revoked", NotAuthorizedCause.RefreshTokenRevoked),
        ("Refresh Token has expired", NotAuthorizedCause.RefreshTokenExpired),
        ("Refresh Token", NotAuthorizedCause.RefreshTokenInvalid),
        ("Access Token has expired", NotAuthorizedCause.AccessTokenExpired),
        ("revoked", NotAuthorizedCause.AccessTokenRevoked),
        ("Access Token", NotAuthorizedCause.AccessTokenInvalid),
        ("SignUp is not permitted", NotAuthorizedCause.SignUpNotPermitted),
    ];

    /// <summary>The cause Cognito's message names.</summary>
    public static NotAuthorizedCause Classify(NotAuthorizedException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return Classify(exception.Message);
    }

    /// <summary>The cause a NotAuthorizedException message names (case is ignored).</summary>
    public static NotAuthorizedCause Classify(string? message)
    {
        foreach (var (fragment, cause) in Rules)
        {
            if (message?.Contains(fragment, StringComparison.OrdinalIgnoreCase) == true)
            {
                return cause;
            }
        }

        return NotAuthorizedCause.Other;
    }

    /// <summary>The challenge session cannot be used any more: signing in again gives a new one.</summary>
    public static bool IsSessionProblem(this NotAuthorizedCause cause) =>
        cause is NotAuthorizedCause.SessionExpired or NotAuthorizedCause.SessionUsed or NotAuthorizedCause.SessionInvalid;

    /// <summary>The exception says the challenge session cannot be used any more.</summary>
    public static bool IsSessionProblem(this NotAuthorizedException exception) => Classify(exception).IsSessionProblem();

    /// <summary>The exception has the given cause.</summary>
    public static bool Is(this NotAuthorizedException exception, NotAuthorizedCause cause) => Classify(exception) == cause;
}
