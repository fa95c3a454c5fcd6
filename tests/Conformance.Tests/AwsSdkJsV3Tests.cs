using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>The AWS SDK for JavaScript v3 as a third independent wire client.</summary>
public sealed class AwsSdkJsV3Tests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Sign_up_confirm_user_password_auth_to_mfa_setup_and_enrol_totp()
    {
        var user = TestUser.CreateUnique("sdkv3");

        var observed = await NodeScript.RunAsync("sdk-v3-mfa-enrolment.mjs", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["poolId"] = cognito.UserPoolId,
            ["clientId"] = cognito.ClientId,
            ["username"] = user.Username,
            ["password"] = user.Password,
            ["email"] = user.Email,
        });
        var report = $"{Environment.NewLine}observed: {observed.ToJsonString()}";

        var signUp = observed["signUp"];
        Assert.True(signUp?["userConfirmed"]?.GetValue<bool>() == false, $"New users start unconfirmed.{report}");
        Assert.True(Guid.TryParse(signUp?["userSub"]?.GetValue<string>(), out _), $"UserSub must be a UUID.{report}");
        Assert.True(signUp?["codeDeliveryDetails"]?["DeliveryMedium"]?.GetValue<string>() == "EMAIL", $"The code goes by email.{report}");
        Assert.True(signUp?["hasRequestId"]?.GetValue<bool>() == true, $"Every response carries x-amzn-RequestId.{report}");

        var duplicate = observed["duplicateSignUp"];
        Assert.True(
            duplicate?["name"]?.GetValue<string>() == "UsernameExistsException"
                && duplicate?["message"]?.GetValue<string>() == "User already exists"
                && duplicate?["httpStatusCode"]?.GetValue<int>() == 400
                && duplicate?["fault"]?.GetValue<string>() == "client"
                && duplicate?["hasRequestId"]?.GetValue<bool>() == true,
            $"The SDK must parse a duplicate sign-up as a 400 UsernameExistsException \"User already exists\" with a request id.{report}");

        var initiate = observed["initiateAuth"];
        Assert.True(initiate?["challengeName"]?.GetValue<string>() == "MFA_SETUP" && initiate?["hasSession"]?.GetValue<bool>() == true,
            $"USER_PASSWORD_AUTH of a user without TOTP must answer MFA_SETUP with a session.{report}");
        Assert.Contains("SOFTWARE_TOKEN_MFA",
            CognitoResponseAssertions.MfasCanSetup(new JsonObject { ["ChallengeParameters"] = initiate?["challengeParameters"]?.DeepClone() }));

        var association = observed["associateSoftwareToken"];
        Assert.True(association?["secretCodeIsBase32"]?.GetValue<bool>() == true && association?["secretCodeLength"]?.GetValue<int>() >= 16,
            $"SecretCode must be base32 of at least 16 characters.{report}");
        Assert.True(observed["verifySoftwareToken"]?["status"]?.GetValue<string>() == "SUCCESS", $"A right code verifies the token.{report}");

        var completed = observed["mfaSetupCompleted"];
        Assert.True(
            completed?["challengeName"] is null
                && completed?["expiresIn"]?.GetValue<int>() == 3600
                && completed?["tokenType"]?.GetValue<string>() == "Bearer"
                && completed?["hasRefreshToken"]?.GetValue<bool>() == true,
            $"Answering MFA_SETUP must give Bearer tokens for 3600 s with a refresh token.{report}");
        CognitoTokenAssertions.AssertVerifiedTokens(completed?["tokens"] as JsonObject, cognito.UserPoolId, cognito.ClientId, user);
    }
}
