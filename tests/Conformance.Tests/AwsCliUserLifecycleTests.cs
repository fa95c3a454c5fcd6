using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>User status, code resending, app clients with a secret, sign-out, as the AWS CLI sees them.</summary>
public sealed class AwsCliUserLifecycleTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    private const string WrongConfirmationCode = "Invalid verification code provided, please try again.";

    [Fact]
    public async Task A_new_user_is_UNCONFIRMED_until_confirmed_then_CONFIRMED()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-status");
        var userSub = await cognito.Users.CreateUnconfirmedAsync(user);

        var before = await AdminGetUserAsync(aws, user);
        Assert.True(before["UserStatus"]?.GetValue<string>() == "UNCONFIRMED", $"Before confirmation: {before.ToJsonString()}");
        Assert.True(before["Username"]?.GetValue<string>() == user.Username, before.ToJsonString());
        Assert.True(before["UserCreateDate"] is not null, $"Users carry UserCreateDate: {before.ToJsonString()}");
        var attributes = Attributes(before);
        Assert.Equal(user.Email, attributes.GetValueOrDefault("email"));
        Assert.Equal(userSub, attributes.GetValueOrDefault("sub"));

        (await aws.CognitoAsync("confirm-sign-up",
            "--client-id", cognito.ClientId,
            "--username", user.Username,
            "--confirmation-code", await cognito.Outbox.LatestCodeForAsync(user.Username))).ShouldSucceed();

        var after = await AdminGetUserAsync(aws, user);
        Assert.True(after["UserStatus"]?.GetValue<string>() == "CONFIRMED", $"After confirmation: {after.ToJsonString()}");
        Assert.True(Attributes(after).GetValueOrDefault("email_verified") == "true", $"Email is auto-verified on confirmation: {after.ToJsonString()}");
    }

    [Fact]
    public async Task A_resent_confirmation_code_replaces_the_old_one_and_a_confirmed_user_gets_none()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-resend");
        await cognito.Users.CreateUnconfirmedAsync(user);
        var firstCode = await cognito.Outbox.LatestCodeForAsync(user.Username);

        var resent = (await aws.CognitoAsync("resend-confirmation-code",
            "--client-id", cognito.ClientId, "--username", user.Username)).ShouldSucceed();
        Assert.True(resent["CodeDeliveryDetails"]?["DeliveryMedium"]?.GetValue<string>() == "EMAIL", resent.ToJsonString());
        var secondCode = await cognito.Outbox.LatestCodeForAsync(user.Username);

        // One chance in a million that the new code equals the old one; then there is no old code to refuse.
        if (secondCode != firstCode)
        {
            (await ConfirmAsync(aws, user, firstCode)).ShouldFailWith("CodeMismatchException", WrongConfirmationCode);
        }

        (await ConfirmAsync(aws, user, secondCode)).ShouldSucceed();
        (await aws.CognitoAsync("resend-confirmation-code", "--client-id", cognito.ClientId, "--username", user.Username))
            .ShouldFailWith("InvalidParameterException", "User is already confirmed.");
    }

    [Fact]
    public async Task A_client_with_a_secret_requires_the_right_SECRET_HASH()
    {
        using var aws = cognito.NewAwsCli();
        var created = (await aws.CognitoAsync("create-user-pool-client",
            "--user-pool-id", cognito.UserPoolId,
            "--client-name", "conformance-with-secret",
            "--generate-secret",
            "--explicit-auth-flows", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH")).ShouldSucceed()["UserPoolClient"];
        var clientId = created?["ClientId"]?.GetValue<string>() ?? "";
        var clientSecret = created?["ClientSecret"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(clientSecret), "create-user-pool-client --generate-secret must return a ClientSecret.");
        var user = TestUser.CreateUnique("cli-secret");
        var unableToVerify = $"Unable to verify secret hash for client {clientId}";

        (await SignUpAsync(aws, clientId, user)).ShouldFailWith("NotAuthorizedException", unableToVerify);
        (await SignUpAsync(aws, clientId, user, "--secret-hash", SecretHash("not-the-secret", user.Username, clientId)))
            .ShouldFailWith("NotAuthorizedException", unableToVerify);
        var signedUp = (await SignUpAsync(aws, clientId, user, "--secret-hash", SecretHash(clientSecret!, user.Username, clientId))).ShouldSucceed();
        Assert.True(signedUp["UserConfirmed"]?.GetValue<bool>() == false, signedUp.ToJsonString());
    }

    [Fact]
    public async Task Get_user_reads_the_access_token_and_global_sign_out_revokes_it()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-signout");
        var enrolled = await cognito.Users.CreateEnrolledAsync(user);

        var me = (await aws.CognitoAsync("get-user", "--access-token", enrolled.AccessToken)).ShouldSucceed();
        Assert.True(me["Username"]?.GetValue<string>() == user.Username, me.ToJsonString());
        Assert.Equal(user.Email, Attributes(me).GetValueOrDefault("email"));

        (await aws.CognitoAsync("global-sign-out", "--access-token", enrolled.AccessToken)).ShouldSucceed();

        (await aws.CognitoAsync("get-user", "--access-token", enrolled.AccessToken))
            .ShouldFailWith("NotAuthorizedException", "Access Token has been revoked");
    }

    private async Task<JsonObject> AdminGetUserAsync(AwsCli aws, TestUser user) =>
        (await aws.CognitoAsync("admin-get-user", "--user-pool-id", cognito.UserPoolId, "--username", user.Username)).ShouldSucceed();

    private Task<AwsCliResult> ConfirmAsync(AwsCli aws, TestUser user, string code) =>
        aws.CognitoAsync("confirm-sign-up", "--client-id", cognito.ClientId, "--username", user.Username, "--confirmation-code", code);

    private static Task<AwsCliResult> SignUpAsync(AwsCli aws, string clientId, TestUser user, params string[] extra) =>
        aws.CognitoAsync("sign-up",
        [
            "--client-id", clientId,
            "--username", user.Username,
            "--password", user.Password,
            "--user-attributes", $"Name=email,Value={user.Email}",
            .. extra,
        ]);

    /// <summary>Base64(HMAC-SHA256(key: client secret, message: username + client id)), as the Cognito docs define it.</summary>
    private static string SecretHash(string clientSecret, string username, string clientId) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(clientSecret), Encoding.UTF8.GetBytes(username + clientId)));

    private static Dictionary<string, string?> Attributes(JsonObject user) =>
        (user["UserAttributes"]?.AsArray() ?? []).OfType<JsonObject>()
            .ToDictionary(a => a["Name"]?.GetValue<string>() ?? "", a => a["Value"]?.GetValue<string>());
}
