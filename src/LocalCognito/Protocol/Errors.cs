namespace LocalCognito.Protocol;

/// <summary>The errors Cognito answers, with its exact codes and messages (see cognito-behaviors.md).</summary>
public static class Errors
{
    public static CognitoException InvalidParameter(string message) => new("InvalidParameterException", message);
    public static CognitoException NotAuthorized(string message) => new("NotAuthorizedException", message);
    public static CognitoException ResourceNotFound(string message) => new("ResourceNotFoundException", message);

    public static CognitoException PoolNotFound(string poolId) => ResourceNotFound($"User pool {poolId} does not exist.");
    public static CognitoException ClientNotFound(string clientId) => ResourceNotFound($"User pool client {clientId} does not exist.");

    public static CognitoException UserNotFound() => new("UserNotFoundException", "User does not exist.");
    public static CognitoException UsernameClientNotFound() => new("UserNotFoundException", "Username/client id combination not found.");
    public static CognitoException UsernameExists() => new("UsernameExistsException", "User already exists");
    public static CognitoException UserNotConfirmed() => new("UserNotConfirmedException", "User is not confirmed.");
    public static CognitoException IncorrectCredentials() => NotAuthorized("Incorrect username or password.");
    public static CognitoException UserDisabled() => NotAuthorized("User is disabled.");
    public static CognitoException PasswordAttemptsExceeded() => NotAuthorized("Password attempts exceeded");

    public static CognitoException InvalidPassword(string reason) =>
        new("InvalidPasswordException", "Password did not conform with policy: " + reason);

    public static CognitoException SignUpCodeMismatch() => new("CodeMismatchException", "Invalid verification code provided, please try again.");
    public static CognitoException SignUpCodeExpired() => new("ExpiredCodeException", "Invalid code provided, please request a code again.");
    public static CognitoException RateExceeded() => new("TooManyRequestsException", "Rate exceeded");
    public static CognitoException AttemptLimitExceeded() => new("LimitExceededException", "Attempt limit exceeded, please try after some time.");

    public static CognitoException MfaCodeMismatch() => new("CodeMismatchException", "Invalid code received for user");
    public static CognitoException MfaCodeReused() => new("ExpiredCodeException", "Your software token has already been used once.");
    public static CognitoException EnableSoftwareTokenMismatch() =>
        new("EnableSoftwareTokenMFAException", "Code mismatch and fail enable Software Token MFA");

    public static CognitoException InvalidSession() => NotAuthorized("Invalid session for the user.");
    public static CognitoException SessionUsed() => NotAuthorized("Invalid session for the user, session can only be used once.");
    public static CognitoException SessionExpired() => NotAuthorized("Invalid session for the user, session is expired.");

    public static CognitoException InvalidAccessToken() => NotAuthorized("Invalid Access Token");
    public static CognitoException AccessTokenExpired() => NotAuthorized("Access Token has expired");
    public static CognitoException AccessTokenRevoked() => NotAuthorized("Access Token has been revoked");
    public static CognitoException InvalidRefreshToken() => NotAuthorized("Invalid Refresh Token");
    public static CognitoException RefreshTokenRevoked() => NotAuthorized("Refresh Token has been revoked");

    public static CognitoException SecretHashMismatch(string clientId) => NotAuthorized($"Unable to verify secret hash for client {clientId}");
    public static CognitoException AuthMethodNotSupported() => InvalidParameter("Initiate Auth method not supported.");

    public static CognitoException MissingParameter(string name) => InvalidParameter($"Missing required parameter {name}");

    public static CognitoException MissingAuthenticationToken() =>
        new("MissingAuthenticationTokenException", "Missing Authentication Token", 403);

    public static CognitoException UnrecognizedClient() =>
        new("UnrecognizedClientException", "The security token included in the request is invalid.", 403);

    public static CognitoException InvalidSignature(string? detail = null) =>
        new("InvalidSignatureException", detail ??
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.", 403);

    public static CognitoException Serialization(string message) => new("SerializationException", message);
    public static CognitoException UnknownOperation(string? target) =>
        new("UnknownOperationException", target is null ? "Missing X-Amz-Target header." : $"Unknown operation {target}.");

    /// <summary>
    /// A real Cognito operation LocalCognito lacks: Cognito's type for an operation the service does not know, so SDKs
    /// parse it as usual, with a message saying it is the emulator and where the list of what it implements is.
    /// </summary>
    public static CognitoException NotImplemented(string operation) =>
        new("UnknownOperationException",
            $"LocalCognito (the local Amazon Cognito emulator) does not implement {operation}. The operations it implements are listed " +
            "in docs/local-cognito.md#compatibility of the CognitoMfaScenario repository.");

    public static CognitoException InternalError() => new("InternalErrorException", "An internal error occurred.", 500);
}
