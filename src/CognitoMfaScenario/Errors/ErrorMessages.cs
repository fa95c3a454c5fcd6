using System.Net.Sockets;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Configuration;

namespace CognitoMfaScenario.Errors;

/// <summary>
/// Turns what can go wrong into one clear sentence with a way forward. Cognito often reports
/// several different problems with one exception type: NotAuthorizedException is told apart by
/// <see cref="NotAuthorizedClassifier"/>, a few InvalidParameterException wordings here.
/// </summary>
public static class ErrorMessages
{
    /// <summary>Explains an exception for a person; never includes a stack trace.</summary>
    /// <param name="exception">What went wrong.</param>
    /// <param name="target">The pool and client in use, to make the advice specific.</param>
    public static string Describe(Exception exception, ScenarioTarget? target)
    {
        var message = exception.Message ?? string.Empty;
        var clientId = target?.ClientId ?? "the app client";
        var poolId = target?.PoolId ?? "the user pool";

        switch (exception)
        {
            case ScenarioException:
                return message;

            case ResourceNotFoundException:
                return $"Cognito says: \"{message}\". Check PoolId and ClientId, and that the region ({target?.Region ?? "not set"}) is the pool's region"
                       + (target?.PoolRegion is { } poolRegion ? $" (the pool id says {poolRegion})." : ".")
                       + " Use --region, AWS:Region in settings.json, or cdk/cdk-outputs.json.";

            case NotAuthorizedException notAuthorized:
                return NotAuthorizedMessage(NotAuthorizedClassifier.Classify(notAuthorized), message, clientId);

            case InvalidParameterException when Contains(message, "USER_SRP_AUTH") && Contains(message, "not enabled"):
                return $"App client {clientId} does not allow SRP sign-in (\"{message}\"). Add ALLOW_USER_SRP_AUTH to its ExplicitAuthFlows, or run with --auth password to sign in with USER_PASSWORD_AUTH (the password is then sent to Cognito).";

            case InvalidParameterException when Contains(message, "Cannot reset password"):
                return $"Cognito cannot send a password reset code (\"{message}\"): the user needs a verified email address or phone number. Verify the email first, or set a password as administrator (AdminSetUserPassword).";

            case InvalidParameterException when Contains(message, "not enabled"):
                return $"The app client does not allow this sign-in flow (\"{message}\"). Add it to the app client's ExplicitAuthFlows (ALLOW_ADMIN_USER_PASSWORD_AUTH, ALLOW_USER_PASSWORD_AUTH, ALLOW_USER_SRP_AUTH, ALLOW_REFRESH_TOKEN_AUTH), e.g. in cdk/ or the console, for client {clientId}.";

            case InvalidParameterException when Contains(message, "Auth method not supported"):
                return $"Wrong auth flow for this call (\"{message}\"): AdminInitiateAuth takes ADMIN_USER_PASSWORD_AUTH, InitiateAuth takes USER_PASSWORD_AUTH or USER_SRP_AUTH.";

            case InvalidParameterException:
                return $"Cognito rejected a parameter: {message}";

            case UserNotFoundException:
                return $"The user does not exist in pool {poolId} (\"{message}\"). It may have been deleted; run the scenario again to sign up a new one.";

            case UserNotConfirmedException:
                return "The user is not confirmed yet. Confirm it with the emailed code (run the scenario again and continue with this user), or use --admin-confirm.";

            case UsernameExistsException:
                return "A user with that name already exists. Choose another user name (--username).";

            case InvalidPasswordException:
                return $"The password does not meet the pool's policy: {message}";

            case CodeMismatchException:
                return "The code is wrong. Check that you typed the newest code.";

            case ExpiredCodeException:
                return $"The code has expired or was already used (\"{message}\"). Request a new one.";

            case EnableSoftwareTokenMFAException:
                return "The authenticator code did not match. Check the clock of the device running the authenticator app (codes depend on the time), then try the newest code.";

            case CodeDeliveryFailureException:
                return $"Cognito could not deliver the code (\"{message}\"). Check the email address, or confirm the user with --admin-confirm.";

            case LimitExceededException or TooManyRequestsException or TooManyFailedAttemptsException:
                return $"Too many requests or attempts (\"{message}\"). Wait a few minutes and try again.";

            case AmazonServiceException service when IsThrottling(service.ErrorCode):
                return $"AWS is throttling the requests (\"{message}\"). Wait a little and try again.";

            case AmazonServiceException service when service.ErrorCode is "AccessDeniedException" or "AccessDenied":
                return $"Your AWS identity is not allowed to do this: {message}. Grant the cognito-idp action it names (or use credentials that have it).";

            case AmazonServiceException service when service.ErrorCode is "UnrecognizedClientException" or "InvalidSignatureException"
                                                     or "ExpiredTokenException" or "MissingAuthenticationTokenException" or "InvalidClientTokenId":
                return $"AWS did not accept the credentials (\"{message}\"). Check `aws configure`, AWS_PROFILE or --profile, refresh expired session credentials, or run with --local.";

            case AmazonCognitoIdentityProviderException cognito:
                return $"Cognito returned {cognito.ErrorCode ?? cognito.GetType().Name}: {message}";

            case AmazonServiceException service when service.InnerException is not null && FindNetworkFailure(service) is { } network:
                return NetworkMessage(network, target);

            case AmazonServiceException service:
                return $"The service returned {service.ErrorCode ?? "an error"}: {message}";

            case AmazonClientException when Contains(message, "credential"):
                return "No AWS credentials were found. Configure them (`aws configure`, AWS_PROFILE, --profile, or environment variables), or run with --local to use the embedded LocalCognito.";

            case AmazonClientException when Contains(message, "region"):
                return "No AWS Region is configured. Give --region, AWS:Region in settings.json, or AWS_REGION.";
        }

        if (FindNetworkFailure(exception) is { } failure)
        {
            return NetworkMessage(failure, target);
        }

        return $"Unexpected error ({exception.GetType().Name}): {message}";
    }

    private static string NotAuthorizedMessage(NotAuthorizedCause cause, string message, string clientId) => cause switch
    {
        NotAuthorizedCause.SecretHashMismatch =>
            $"App client {clientId} has a client secret, so every call needs a SECRET_HASH. Give the secret with --client-secret (or ClientSecret in settings.local.json), or use an app client without a secret.",
        NotAuthorizedCause.SessionExpired =>
            "The sign-in session expired (Cognito keeps it for 3 minutes by default). Sign in again: run the scenario again and answer the prompts a little faster, or raise AuthSessionValidity on the app client.",
        NotAuthorizedCause.SessionUsed or NotAuthorizedCause.SessionInvalid =>
            $"Cognito rejected the sign-in session (\"{message}\"). Sessions can be used once only; sign in again.",
        NotAuthorizedCause.WrongUsernameOrPassword =>
            "Incorrect user name or password. Check --username/--password (or UserName/Password in settings).",
        NotAuthorizedCause.AccessTokenRevoked or NotAuthorizedCause.AccessTokenExpired or NotAuthorizedCause.AccessTokenInvalid =>
            $"The access token is no longer valid (\"{message}\"). Sign in again to get new tokens.",
        NotAuthorizedCause.RefreshTokenInvalid =>
            $"Cognito refused the refresh token (\"{message}\"). Tokens from a sign-in on a remembered device refresh only with that device's key: a refresh without DEVICE_KEY (DeviceKey for GetTokensFromRefreshToken) gets exactly this answer. Send the device key, or sign in again.",
        NotAuthorizedCause.RefreshTokenRevoked or NotAuthorizedCause.RefreshTokenExpired =>
            $"The refresh token is no longer valid (\"{message}\"). Sign in again to get new tokens.",
        _ => $"Not authorized: {message}",
    };

    private static string NetworkMessage(Exception failure, ScenarioTarget? target)
    {
        var where = target?.Endpoint?.ToString() ?? (target is null ? "the service" : $"Amazon Cognito in {target.Region}");
        return $"Could not reach {where}: {failure.Message}. Check the network connection, proxy settings and the region or --endpoint.";
    }

    private static Exception? FindNetworkFailure(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is HttpRequestException or SocketException
                || (current is TaskCanceledException && current.InnerException is TimeoutException))
            {
                return current;
            }
        }

        return null;
    }

    private static bool IsThrottling(string? errorCode) =>
        errorCode is "ThrottlingException" or "Throttling" or "TooManyRequestsException" or "RequestLimitExceeded";

    private static bool Contains(string text, string fragment) =>
        text.Contains(fragment, StringComparison.OrdinalIgnoreCase);
}
