using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.Tests;

/// <summary>Cognito's NotAuthorizedException messages (as Cognito and LocalCognito word them) map to one cause each.</summary>
public sealed class NotAuthorizedClassifierTests
{
    [Theory]
    [InlineData("Incorrect username or password.", NotAuthorizedCause.WrongUsernameOrPassword)]
    [InlineData("Invalid session for the user, session is expired.", NotAuthorizedCause.SessionExpired)]
    [InlineData("Invalid session for the user, session can only be used once.", NotAuthorizedCause.SessionUsed)]
    [InlineData("Invalid session for the user.", NotAuthorizedCause.SessionInvalid)]
    [InlineData("Unable to verify secret hash for client 4tq8example3k6fn0c9a2rl6h", NotAuthorizedCause.SecretHashMismatch)]
    [InlineData("User is disabled.", NotAuthorizedCause.UserDisabled)]
    [InlineData("Password attempts exceeded", NotAuthorizedCause.PasswordAttemptsExceeded)]
    [InlineData("User cannot be confirmed. Current status is CONFIRMED", NotAuthorizedCause.AlreadyConfirmed)]
    [InlineData("Access Token has been revoked", NotAuthorizedCause.AccessTokenRevoked)]
    [InlineData("Access Token has expired", NotAuthorizedCause.AccessTokenExpired)]
    [InlineData("Invalid Access Token", NotAuthorizedCause.AccessTokenInvalid)]
    [InlineData("Refresh Token has been revoked", NotAuthorizedCause.RefreshTokenRevoked)]
    [InlineData("Refresh Token has expired", NotAuthorizedCause.RefreshTokenExpired)]
    [InlineData("Invalid Refresh Token", NotAuthorizedCause.RefreshTokenInvalid)]
    [InlineData("SignUp is not permitted for this user pool", NotAuthorizedCause.SignUpNotPermitted)]
    [InlineData("Something Cognito has not said before", NotAuthorizedCause.Other)]
    [InlineData("", NotAuthorizedCause.Other)]
    public void Each_message_has_its_cause(string message, NotAuthorizedCause expected) =>
        Assert.Equal(expected, NotAuthorizedClassifier.Classify(new NotAuthorizedException(message)));

    [Theory]
    [InlineData(NotAuthorizedCause.SessionExpired, true)]
    [InlineData(NotAuthorizedCause.SessionUsed, true)]
    [InlineData(NotAuthorizedCause.SessionInvalid, true)]
    [InlineData(NotAuthorizedCause.WrongUsernameOrPassword, false)]
    [InlineData(NotAuthorizedCause.AccessTokenRevoked, false)]
    public void Only_session_causes_are_cured_by_signing_in_again(NotAuthorizedCause cause, bool expected) =>
        Assert.Equal(expected, cause.IsSessionProblem());
}
