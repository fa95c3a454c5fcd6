namespace LocalCognito.Protocol;

/// <summary>
/// Errors of the password-recovery and token-lifecycle operations. Messages Cognito is recorded to send are used
/// verbatim; the others are marked "chosen" in docs/local-cognito.md.
/// </summary>
public static class LifecycleErrors
{
    public static CognitoException NoVerifiedContact() => Errors.InvalidParameter(
        "Cannot reset password for the user as there is no registered/verified email or phone_number");

    public static CognitoException CannotResetInCurrentState() => Errors.NotAuthorized("User password cannot be reset in the current state.");

    public static CognitoException PasswordResetRequired() => new("PasswordResetRequiredException", "Password reset required for the user");

    public static CognitoException TemporaryPasswordExpired() =>
        Errors.NotAuthorized("Temporary password has expired and must be reset by an administrator.");

    public static CognitoException ResendNotPossible(string username) =>
        new("UnsupportedUserStateException", $"Resend not possible. {username} status is not FORCE_CHANGE_PASSWORD");

    public static CognitoException MissingRequiredAttributes(IEnumerable<string> names) =>
        Errors.InvalidParameter($"Invalid attributes given, {string.Join(" and ", names)} is missing");

    public static CognitoException RevocationDisabled() =>
        new("UnsupportedOperationException", "Token revocation is not enabled for this client.");

    public static CognitoException NotARefreshToken() => new("UnsupportedTokenTypeException", "The token is not a refresh token.");

    public static CognitoException TokenOfAnotherClient() => new("UnauthorizedException", "The token was not issued to this client.");

    public static CognitoException ClientSecretMismatch(string code, string clientId) => new(code, $"Unable to verify client secret for client {clientId}");

    public static CognitoException RefreshTokenReused() => new("RefreshTokenReuseException", "Refresh token has been used after its rotation grace period.");

    public static CognitoException RotationNeedsGetTokensFromRefreshToken() => Errors.InvalidParameter(
        "REFRESH_TOKEN_AUTH is not supported for clients with refresh token rotation; use GetTokensFromRefreshToken.");
}
