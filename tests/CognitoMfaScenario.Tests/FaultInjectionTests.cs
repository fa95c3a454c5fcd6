using System.Net;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Tests.Support;
using Moq;

namespace CognitoMfaScenario.Tests;

/// <summary>
/// Each Cognito call fails in turn with the errors it is likely to give; the run must end with
/// a clear, specific message and exit code 1, never with an unhandled exception or stack trace.
/// </summary>
public sealed class FaultInjectionTests
{
    public static TheoryData<string, string, string, string> Faults => new()
    {
        // operation, error, what the message must say, the method of the step that fails
        { "SignUp", "ResourceNotFound", "region", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "SecretHash", "--client-secret", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "InvalidPassword", "at least 12 characters", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "TooManyRequests", "Wait", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "Throttling", "throttling", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "Network", "Could not reach", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "NoCredentials", "No AWS credentials", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "UnrecognizedClient", "did not accept the credentials", nameof(AccountSteps.SignUpAsync) },
        { "SignUp", "InvalidParameter", "rejected a parameter", nameof(AccountSteps.SignUpAsync) },
        { "AdminGetUser", "AccessDenied", "not allowed", nameof(AccountSteps.ShowUserStatusAsync) },
        { "AdminGetUser", "UserNotFound", "does not exist", nameof(AccountSteps.ShowUserStatusAsync) },
        { "ResendConfirmationCode", "LimitExceeded", "Wait", nameof(AccountSteps.OfferToResendCodeAsync) },
        { "ResendConfirmationCode", "CodeDeliveryFailure", "could not deliver", nameof(AccountSteps.OfferToResendCodeAsync) },
        { "ConfirmSignUp", "CodeMismatch", "code is wrong", nameof(AccountSteps.ConfirmSignUpAsync) },
        { "ConfirmSignUp", "ExpiredCode", "Request a new one", nameof(AccountSteps.ConfirmSignUpAsync) },
        { "ConfirmSignUp", "TooManyFailedAttempts", "Wait", nameof(AccountSteps.ConfirmSignUpAsync) },
        { "ListUsers", "AccessDenied", "not allowed", nameof(AccountSteps.ShowStatusAndUsersAsync) },
        { "AdminInitiateAuth", "FlowNotEnabled", "ExplicitAuthFlows", nameof(EnrolmentSteps.SignInAsAdminAsync) },
        { "AdminInitiateAuth", "WrongFlow", "ADMIN_USER_PASSWORD_AUTH", nameof(EnrolmentSteps.SignInAsAdminAsync) },
        { "AdminInitiateAuth", "IncorrectPassword", "Incorrect user name or password", nameof(EnrolmentSteps.SignInAsAdminAsync) },
        { "AdminInitiateAuth", "UserNotConfirmed", "not confirmed", nameof(EnrolmentSteps.SignInAsAdminAsync) },
        { "AdminInitiateAuth", "Network", "Could not reach", nameof(EnrolmentSteps.SignInAsAdminAsync) },
        { "AssociateSoftwareToken", "SessionExpired", "Sign in again", nameof(EnrolmentSteps.AssociateAuthenticatorAsync) },
        { "VerifySoftwareToken", "EnableSoftwareTokenMfa", "clock", nameof(EnrolmentSteps.VerifyAuthenticatorAsync) },
        { "VerifySoftwareToken", "SessionExpired", "Sign in again", nameof(EnrolmentSteps.VerifyAuthenticatorAsync) },
        { "RespondToAuthChallenge", "SessionUsed", "sign in again", nameof(SignInSteps.SignInWithMfaAsync) },
        { "AdminRespondToAuthChallenge", "ExpiredCode", "already used", nameof(EnrolmentSteps.VerifyAuthenticatorAsync) },
        { "ConfirmDevice", "TokenRevoked", "Sign in again", nameof(SignInSteps.RememberDeviceAsync) },
        { "ConfirmDevice", "InvalidParameter", "rejected a parameter", nameof(SignInSteps.RememberDeviceAsync) },
        { "InitiateAuth", "SrpFlowNotEnabled", "--auth password", nameof(SignInSteps.SignInWithMfaAsync) },
        { "InitiateAuth", "Network", "Could not reach", nameof(SignInSteps.SignInWithMfaAsync) },
        { "RespondToAuthChallenge", "IncorrectPassword", "Incorrect user name or password", nameof(SignInSteps.SignInWithMfaAsync) },
        { "DescribeUserPoolClient", "Network", "Could not reach", nameof(SessionSteps.RefreshTokensAsync) },
        { "RefreshTokenAuth", "InvalidRefreshToken", "DEVICE_KEY", nameof(SessionSteps.RefreshTokensAsync) },
        { "RefreshTokenAuth", "RefreshTokenExpired", "Sign in again", nameof(SessionSteps.RefreshTokensAsync) },
        { "GetUser", "TokenRevoked", "Sign in again", nameof(SessionSteps.SignOutEverywhereAsync) },
        { "GlobalSignOut", "TooManyRequests", "Wait", nameof(SessionSteps.SignOutEverywhereAsync) },
        { "GlobalSignOut", "Network", "Could not reach", nameof(SessionSteps.SignOutEverywhereAsync) },
        { "ForgotPassword", "LimitExceeded", "Wait", nameof(PasswordRecoveryStep.RecoverPasswordAsync) },
        { "ForgotPassword", "NoVerifiedEmail", "verified email", nameof(PasswordRecoveryStep.RecoverPasswordAsync) },
        { "ConfirmForgotPassword", "CodeMismatch", "code is wrong", nameof(PasswordRecoveryStep.RecoverPasswordAsync) },
        { "ConfirmForgotPassword", "ExpiredCode", "Request a new one", nameof(PasswordRecoveryStep.RecoverPasswordAsync) },
        { "ConfirmForgotPassword", "InvalidPassword", "pool's policy", nameof(PasswordRecoveryStep.RecoverPasswordAsync) },
        { "ConfirmForgotPassword", "TooManyFailedAttempts", "Wait", nameof(PasswordRecoveryStep.RecoverPasswordAsync) },
        { "DeleteUser", "TokenRevoked", "Sign in again", nameof(CleanUpStep.CleanUpAsync) },
        { "DeleteUser", "TooManyRequests", "Wait", nameof(CleanUpStep.CleanUpAsync) },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task A_failing_call_ends_the_run_with_a_clear_message(string operation, string error, string expected, string failingStep)
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        Fail(harness.Cognito.Client, operation, Error(error));

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        var output = harness.Output;
        Assert.True(exitCode == ScenarioRunner.StepFailed, output);
        Assert.True(output.Contains($"Step {StepTable.NumberOf(failingStep)} failed:", StringComparison.Ordinal), output);
        Assert.True(output.Contains(expected, StringComparison.OrdinalIgnoreCase), output);
        Assert.DoesNotContain("   at ", output); // no stack trace
        Assert.DoesNotContain("steps finished", output);
    }

    [Fact]
    public async Task With_auth_password_a_client_without_USER_PASSWORD_AUTH_is_told_to_enable_the_flow()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true, Auth = SignInMethod.Password });
        Fail(harness.Cognito.Client, "InitiateAuth", Error("UserPasswordFlowNotEnabled"));

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.Equal(ScenarioRunner.StepFailed, exitCode);
        Assert.Contains($"Step {StepTable.NumberOf<SignInSteps>(nameof(SignInSteps.SignInWithMfaAsync))} failed:", harness.Output);
        Assert.Contains("ExplicitAuthFlows", harness.Output);
    }

    [Fact]
    public async Task Without_permission_to_describe_the_pool_the_default_password_policy_is_shown()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        Fail(harness.Cognito.Client, "SignUp", Error("InvalidPassword"));
        Fail(harness.Cognito.Client, "DescribeUserPool", Error("AccessDenied"));

        var exitCode = await harness.Runner.RunAsync(CancellationToken.None);

        Assert.Equal(ScenarioRunner.StepFailed, exitCode);
        Assert.Contains("at least 8 characters, an upper-case letter, a lower-case letter, a digit", harness.Output);
    }

    [Fact]
    public async Task Ctrl_C_during_a_call_stops_with_exit_code_130_and_no_stack_trace()
    {
        using var harness = new ScenarioHarness(new ScenarioOptions { NonInteractive = true });
        using var cancellation = new CancellationTokenSource();
        harness.Cognito.Client.Setup(c => c.ListUsersAsync(It.IsAny<ListUsersRequest>(), It.IsAny<CancellationToken>()))
            .Returns((ListUsersRequest _, CancellationToken token) =>
            {
                cancellation.Cancel();
                return Task.FromCanceled<ListUsersResponse>(token);
            });

        var exitCode = await harness.Runner.RunAsync(cancellation.Token);

        Assert.Equal(ScenarioRunner.Cancelled, exitCode);
        Assert.Contains($"Cancelled at step {StepTable.NumberOf<AccountSteps>(nameof(AccountSteps.ShowStatusAndUsersAsync))}", harness.Output);
        Assert.DoesNotContain("   at ", harness.Output);
    }

    internal static Exception Error(string kind) => kind switch
    {
        "ResourceNotFound" => new ResourceNotFoundException($"User pool client {ScriptedCognito.ClientId} does not exist."),
        "SecretHash" => new NotAuthorizedException($"Unable to verify secret hash for client {ScriptedCognito.ClientId}"),
        "InvalidPassword" => new InvalidPasswordException("Password did not conform with policy: Password not long enough"),
        "TooManyRequests" => new TooManyRequestsException("Rate exceeded"),
        "Throttling" => new AmazonServiceException("Rate exceeded", ErrorType.Sender, "ThrottlingException", "req-1", HttpStatusCode.BadRequest),
        "Network" => new HttpRequestException("Connection refused (127.0.0.1:443)"),
        "NoCredentials" => new AmazonClientException("Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors: ..."),
        "UnrecognizedClient" => new AmazonCognitoIdentityProviderException("The security token included in the request is invalid.", ErrorType.Sender, "UnrecognizedClientException", "req-2", HttpStatusCode.BadRequest),
        "InvalidParameter" => new InvalidParameterException("1 validation error detected: Value at 'username' failed to satisfy constraint"),
        "AccessDenied" => new AmazonServiceException("User: arn:aws:iam::123456789012:user/dev is not authorized to perform: cognito-idp:AdminGetUser", ErrorType.Sender, "AccessDeniedException", "req-3", HttpStatusCode.BadRequest),
        "UserNotFound" => new UserNotFoundException("User does not exist."),
        "LimitExceeded" => new LimitExceededException("Attempt limit exceeded, please try after some time."),
        "CodeDeliveryFailure" => new CodeDeliveryFailureException("Unable to deliver message"),
        "CodeMismatch" => new CodeMismatchException("Invalid verification code provided, please try again."),
        "ExpiredCode" => new ExpiredCodeException("Your software token has already been used once."),
        "TooManyFailedAttempts" => new TooManyFailedAttemptsException("Too many failed attempts."),
        "FlowNotEnabled" => new InvalidParameterException("Auth flow not enabled for this client"),
        "WrongFlow" => new InvalidParameterException("Initiate Auth method not supported."),
        "IncorrectPassword" => new NotAuthorizedException("Incorrect username or password."),
        "UserNotConfirmed" => new UserNotConfirmedException("User is not confirmed."),
        "SessionExpired" => new NotAuthorizedException("Invalid session for the user, session is expired."),
        "SessionUsed" => new NotAuthorizedException("Invalid session for the user, session can only be used once."),
        "EnableSoftwareTokenMfa" => new EnableSoftwareTokenMFAException("Code mismatch and fail enable Software Token MFA"),
        "TokenRevoked" => new NotAuthorizedException("Access Token has been revoked"),
        "UserPasswordFlowNotEnabled" => new InvalidParameterException("USER_PASSWORD_AUTH flow not enabled for this client"),
        "InvalidRefreshToken" => new NotAuthorizedException("Invalid Refresh Token"),
        "RefreshTokenExpired" => new NotAuthorizedException("Refresh Token has expired"),
        "NoVerifiedEmail" => new InvalidParameterException("Cannot reset password for the user as there is no registered/verified email or phone_number"),
        "SrpFlowNotEnabled" => new InvalidParameterException("USER_SRP_AUTH is not enabled for the client."),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Replaces the scripted behaviour of one operation with a failure (the newest Moq setup wins).</summary>
    internal static void Fail(Mock<IAmazonCognitoIdentityProvider> client, string operation, Exception error)
    {
        switch (operation)
        {
            case "SignUp": client.Setup(c => c.SignUpAsync(It.IsAny<SignUpRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "AdminGetUser": client.Setup(c => c.AdminGetUserAsync(It.IsAny<AdminGetUserRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "ResendConfirmationCode": client.Setup(c => c.ResendConfirmationCodeAsync(It.IsAny<ResendConfirmationCodeRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "ConfirmSignUp": client.Setup(c => c.ConfirmSignUpAsync(It.IsAny<ConfirmSignUpRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "ListUsers": client.Setup(c => c.ListUsersAsync(It.IsAny<ListUsersRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "DescribeUserPool": client.Setup(c => c.DescribeUserPoolAsync(It.IsAny<DescribeUserPoolRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "AdminInitiateAuth": client.Setup(c => c.AdminInitiateAuthAsync(It.IsAny<AdminInitiateAuthRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "AssociateSoftwareToken": client.Setup(c => c.AssociateSoftwareTokenAsync(It.IsAny<AssociateSoftwareTokenRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "VerifySoftwareToken": client.Setup(c => c.VerifySoftwareTokenAsync(It.IsAny<VerifySoftwareTokenRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "AdminRespondToAuthChallenge": client.Setup(c => c.AdminRespondToAuthChallengeAsync(It.IsAny<AdminRespondToAuthChallengeRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "ConfirmDevice": client.Setup(c => c.ConfirmDeviceAsync(It.IsAny<ConfirmDeviceRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "InitiateAuth": client.Setup(c => c.InitiateAuthAsync(It.IsAny<InitiateAuthRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "RespondToAuthChallenge": client.Setup(c => c.RespondToAuthChallengeAsync(It.IsAny<RespondToAuthChallengeRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "DescribeUserPoolClient": client.Setup(c => c.DescribeUserPoolClientAsync(It.IsAny<DescribeUserPoolClientRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "RefreshTokenAuth": client.Setup(c => c.InitiateAuthAsync(It.Is<InitiateAuthRequest>(r => r.AuthFlow == AuthFlowType.REFRESH_TOKEN_AUTH), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "GetUser": client.Setup(c => c.GetUserAsync(It.IsAny<GetUserRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "GlobalSignOut": client.Setup(c => c.GlobalSignOutAsync(It.IsAny<GlobalSignOutRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "ForgotPassword": client.Setup(c => c.ForgotPasswordAsync(It.IsAny<ForgotPasswordRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "ConfirmForgotPassword": client.Setup(c => c.ConfirmForgotPasswordAsync(It.IsAny<ConfirmForgotPasswordRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            case "DeleteUser": client.Setup(c => c.DeleteUserAsync(It.IsAny<DeleteUserRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(error); break;
            default: throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }
}
