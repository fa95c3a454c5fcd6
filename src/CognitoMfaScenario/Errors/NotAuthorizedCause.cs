namespace CognitoMfaScenario.Errors;

/// <summary>
/// Why Cognito answered NotAuthorizedException. Cognito uses that one exception for many unrelated
/// problems and tells them apart only in the message, so <see cref="NotAuthorizedClassifier"/> reads it once.
/// </summary>
public enum NotAuthorizedCause
{
    /// <summary>A message this program does not recognise.</summary>
    Other,

    /// <summary>"Incorrect username or password." (also for unknown users when user existence errors are hidden).</summary>
    WrongUsernameOrPassword,

    /// <summary>"Invalid session for the user, session is expired." (AuthSessionValidity, 3 minutes by default).</summary>
    SessionExpired,

    /// <summary>"Invalid session for the user, session can only be used once."</summary>
    SessionUsed,

    /// <summary>Any other complaint about the challenge session ("Invalid session for the user.").</summary>
    SessionInvalid,

    /// <summary>"Unable to verify secret hash for client …": SECRET_HASH missing or wrong.</summary>
    SecretHashMismatch,

    /// <summary>"User is disabled."</summary>
    UserDisabled,

    /// <summary>"Password attempts exceeded": the user is locked out for a while.</summary>
    PasswordAttemptsExceeded,

    /// <summary>"User cannot be confirmed. Current status is CONFIRMED".</summary>
    AlreadyConfirmed,

    /// <summary>"Access Token has been revoked" (sign-out, token revocation, deleted device).</summary>
    AccessTokenRevoked,

    /// <summary>"Access Token has expired".</summary>
    AccessTokenExpired,

    /// <summary>"Invalid Access Token".</summary>
    AccessTokenInvalid,

    /// <summary>"Refresh Token has been revoked".</summary>
    RefreshTokenRevoked,

    /// <summary>"Refresh Token has expired".</summary>
    RefreshTokenExpired,

    /// <summary>"Invalid Refresh Token" (also when a remembered device's key is left out of the refresh).</summary>
    RefreshTokenInvalid,

    /// <summary>"SignUp is not permitted for this user pool" (admin-only sign-up).</summary>
    SignUpNotPermitted,
}
