using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// Issue 22's guard rails seen by boto3 and joserfc: each pool signs with its own key (a token of one pool does not
/// verify against another pool's JWKS), ChangePassword allows 5 calls per user per hour, a user has at most 20
/// sign-ins in progress, reset codes allow 20 requests plus entries per user per hour, a disabled user's password
/// reset is answered as an unknown user's, and a Host header that is invalid punycode gets a 400, not a 500.
/// </summary>
public sealed class Boto3GuardRailTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Keys_password_changes_sessions_and_host_headers_are_guarded()
    {
        var user = TestUser.CreateUnique("guarded");
        var observed = await Boto3Script.RunAsync("guard_rails.py", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["defaultPoolId"] = cognito.UserPoolId,
            ["defaultClientId"] = cognito.ClientId,
            ["username"] = user.Username,
            ["password"] = user.Password,
        });
        var report = $"{Environment.NewLine}observed: {observed.ToJsonString()}";

        Assert.True(observed["ownSignature"] is null, $"A token must verify against its own pool's JWKS.{report}");
        Assert.True(observed["crossSignatureAB"] is not null && observed["crossSignatureBA"] is not null,
            $"A token must not verify against another pool's JWKS.{report}");

        Assert.True(observed["wrongPreviousPasswords"]!.ToJsonString() == "[\"NotAuthorizedException\"]", report);
        Assert.True(observed["sixthChange"]?["code"]?.GetValue<string>() == "LimitExceededException", report);
        Assert.Equal("Attempt limit exceeded, please try after some time.", observed["sixthChange"]!["message"]!.GetValue<string>());

        Assert.True(observed["first20"]!.ToJsonString() == "[\"MFA_SETUP\"]", report);
        Assert.True(observed["twentyFirst"]?["code"]?.GetValue<string>() == "TooManyRequestsException", report);
        Assert.Equal("Rate exceeded", observed["twentyFirst"]!["message"]!.GetValue<string>());

        Assert.True(observed["twentyResetAttempts"]!.ToJsonString() == "[\"CodeMismatchException\"]", report);
        Assert.True(observed["twentyFirstReset"]?["code"]?.GetValue<string>() == "LimitExceededException", $"The 21st reset request in an hour is refused.{report}");

        Assert.True(observed["disabledForgotDelivery"]?.GetValue<string>() == "EMAIL", report);
        Assert.True(observed["disabledNewCodeSent"]?.GetValue<bool>() == false, $"No reset code is sent to a disabled user.{report}");
        Assert.True(observed["disabledConfirm"]?["code"]?.GetValue<string>() == "CodeMismatchException", $"A disabled user's reset is refused as an unknown user's.{report}");

        foreach (var host in new[] { "hostXn", "hostDotXn" })
        {
            Assert.True(observed[host]?["status"]?.GetValue<int>() == 400 && observed[host]?["type"]?.GetValue<string>() == "InvalidParameterException",
                $"{host}: a Host header that is not a host name gets 400 InvalidParameterException.{report}");
        }
    }
}
