using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>GetTokensFromRefreshToken and refresh-token rotation through the AWS SDK for JavaScript v3 (the AWS CLI v2 on this machine predates the operation).</summary>
public sealed class AwsSdkJsV3TokenLifecycleTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Rotation_issues_a_new_refresh_token_refuses_reuse_and_revocation_ends_the_sign_in()
    {
        var user = TestUser.CreateUnique("sdkv3-rotation");
        var observed = await NodeScript.RunAsync("sdk-v3-refresh-rotation.mjs", new JsonObject
        {
            ["endpoint"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["username"] = user.Username,
            ["password"] = user.Password,
        });
        var report = $"{Environment.NewLine}observed: {observed.ToJsonString()}";

        Assert.True(observed["createdRotation"]?["Feature"]?.GetValue<string>() == "ENABLED", $"Rotation is reported as created.{report}");
        Assert.True(observed["createdEnableTokenRevocation"]?.GetValue<bool>() == true, $"Revocation is on by default.{report}");
        Assert.True(observed["signIn"]?["hasRefreshToken"]?.GetValue<bool>() == true, $"Sign-in gives a refresh token.{report}");
        Assert.True(observed["rotated"]?["hasRefreshToken"]?.GetValue<bool>() == true
            && observed["rotated"]?["refreshTokenChanged"]?.GetValue<bool>() == true, $"Rotation returns a new refresh token.{report}");
        Assert.True(observed["rotatedUsername"]?.GetValue<string>() == user.Username, $"The rotated access token works.{report}");
        Assert.True(observed["reuse"]?["name"]?.GetValue<string>() == "RefreshTokenReuseException",
            $"The rotated-out token is refused after a 0-second grace period.{report}");
        Assert.True(observed["refreshTokenAuth"]?["name"]?.GetValue<string>() == "InvalidParameterException",
            $"REFRESH_TOKEN_AUTH does not work on a rotating client.{report}");
        Assert.True(observed["updatedRotation"]?["Feature"]?.GetValue<string>() == "DISABLED", $"UpdateUserPoolClient turns rotation off.{report}");
        Assert.True(observed["plain"]?["hasAccessToken"]?.GetValue<bool>() == true && observed["plain"]?["hasRefreshToken"]?.GetValue<bool>() == false,
            $"Without rotation only access and id tokens come back.{report}");
        Assert.True(observed["afterRevoke"]?["name"]?.GetValue<string>() == "NotAuthorizedException"
            && observed["afterRevoke"]?["message"]?.GetValue<string>() == "Access Token has been revoked", $"RevokeToken ends the access tokens.{report}");
        Assert.True(observed["refreshAfterRevoke"]?["message"]?.GetValue<string>() == "Refresh Token has been revoked", $"And the refresh token.{report}");
        Assert.True(observed["describedRotation"]?["Feature"]?.GetValue<string>() == "DISABLED", $"DescribeUserPoolClient agrees.{report}");
    }
}
