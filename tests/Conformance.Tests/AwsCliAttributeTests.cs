using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>Attribute updates and verification, write rules, and disabling users, as the AWS CLI v2 sees them.</summary>
public sealed class AwsCliAttributeTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    private const string Unauthorized = "A client attempted to write unauthorized attribute";

    [Fact]
    public async Task A_user_changes_and_verifies_their_email_and_deletes_an_attribute()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-attrs");
        var enrolled = await cognito.Users.CreateEnrolledAsync(user);
        var newEmail = $"new-{user.Email}";

        var update = (await aws.CognitoAsync("update-user-attributes", "--access-token", enrolled.AccessToken,
            "--user-attributes", $"Name=email,Value={newEmail}", "Name=name,Value=Tom")).ShouldSucceed();
        var delivery = update["CodeDeliveryDetailsList"]?[0];
        Assert.True(delivery?["AttributeName"]?.GetValue<string>() == "email", update.ToJsonString());
        var attributes = await AttributesAsync(aws, user);
        Assert.Equal((newEmail, "false", "Tom"), (attributes["email"], attributes["email_verified"], attributes["name"]));

        var code = await cognito.Outbox.LatestCodeForAsync(user.Username);
        (await aws.CognitoAsync("verify-user-attribute", "--access-token", enrolled.AccessToken,
                "--attribute-name", "email", "--code", code == "000000" ? "111111" : "000000"))
            .ShouldFailWith("CodeMismatchException", "Invalid verification code provided, please try again.");
        var resent = (await aws.CognitoAsync("get-user-attribute-verification-code", "--access-token", enrolled.AccessToken,
            "--attribute-name", "email")).ShouldSucceed();
        Assert.True(resent["CodeDeliveryDetails"]?["DeliveryMedium"]?.GetValue<string>() == "EMAIL", resent.ToJsonString());
        (await aws.CognitoAsync("verify-user-attribute", "--access-token", enrolled.AccessToken,
            "--attribute-name", "email", "--code", await cognito.Outbox.LatestCodeForAsync(user.Username))).ShouldSucceed();
        Assert.Equal("true", (await AttributesAsync(aws, user))["email_verified"]);

        (await aws.CognitoAsync("delete-user-attributes", "--access-token", enrolled.AccessToken,
            "--user-attribute-names", "name")).ShouldSucceed();
        Assert.False((await AttributesAsync(aws, user)).ContainsKey("name"));
        (await aws.CognitoAsync("update-user-attributes", "--access-token", enrolled.AccessToken,
            "--user-attributes", "Name=email_verified,Value=true")).ShouldFailWith("NotAuthorizedException", Unauthorized);
    }

    [Fact]
    public async Task An_administrator_updates_and_deletes_attributes_and_may_set_email_verified()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-admin-attrs");
        await cognito.Users.CreateUnconfirmedAsync(user);

        (await aws.CognitoAsync("admin-update-user-attributes", "--user-pool-id", cognito.UserPoolId, "--username", user.Username,
            "--user-attributes", "Name=email_verified,Value=true", "Name=nickname,Value=Nick")).ShouldSucceed();
        var attributes = await AttributesAsync(aws, user);
        Assert.Equal(("true", "Nick"), (attributes["email_verified"], attributes["nickname"]));

        (await aws.CognitoAsync("admin-delete-user-attributes", "--user-pool-id", cognito.UserPoolId, "--username", user.Username,
            "--user-attribute-names", "nickname")).ShouldSucceed();
        Assert.False((await AttributesAsync(aws, user)).ContainsKey("nickname"));
        (await aws.CognitoAsync("admin-delete-user-attributes", "--user-pool-id", cognito.UserPoolId, "--username", user.Username,
                "--user-attribute-names", "email"))
            .ShouldFailWith("InvalidParameterException", "Attributes did not conform to the schema: email: The attribute email is required");
        (await aws.CognitoAsync("admin-update-user-attributes", "--user-pool-id", cognito.UserPoolId, "--username", user.Username,
                "--user-attributes", "Name=custom:role,Value=admin"))
            .ShouldFailWith("InvalidParameterException", "Attributes did not conform to the schema: Type for attribute {custom:role} could not be determined");
    }

    [Fact]
    public async Task Sign_up_cannot_inject_groups_or_a_verified_email()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-inject");
        foreach (var injected in new[] { "Name=cognito:groups,Value=admins", "Name=email_verified,Value=true" })
        {
            (await aws.CognitoAsync("sign-up", "--client-id", cognito.ClientId, "--username", user.Username, "--password", user.Password,
                "--user-attributes", $"Name=email,Value={user.Email}", injected)).ShouldFailWith("NotAuthorizedException", Unauthorized);
        }
    }

    [Fact]
    public async Task A_disabled_user_cannot_sign_in_until_enabled()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-disable");
        var enrolled = await cognito.Users.CreateEnrolledAsync(user);

        (await aws.CognitoAsync("admin-disable-user", "--user-pool-id", cognito.UserPoolId, "--username", user.Username)).ShouldSucceed();
        Assert.False((await AdminGetUserAsync(aws, user))["Enabled"]?.GetValue<bool>());
        (await SignInAsync(aws, user)).ShouldFailWith("NotAuthorizedException", "User is disabled.");
        (await aws.CognitoAsync("get-user", "--access-token", enrolled.AccessToken))
            .ShouldFailWith("NotAuthorizedException", "Access Token has been revoked");

        (await aws.CognitoAsync("admin-enable-user", "--user-pool-id", cognito.UserPoolId, "--username", user.Username)).ShouldSucceed();
        Assert.True((await AdminGetUserAsync(aws, user))["Enabled"]?.GetValue<bool>());
        var signIn = (await SignInAsync(aws, user)).ShouldSucceed();
        Assert.True(signIn["ChallengeName"]?.GetValue<string>() == "SOFTWARE_TOKEN_MFA", signIn["ChallengeName"]?.ToJsonString());
    }

    private Task<AwsCliResult> SignInAsync(AwsCli aws, TestUser user) =>
        aws.CognitoAsync("initiate-auth", "--client-id", cognito.ClientId, "--auth-flow", "USER_PASSWORD_AUTH",
            "--auth-parameters", $"USERNAME={user.Username},PASSWORD={user.Password}");

    private async Task<JsonObject> AdminGetUserAsync(AwsCli aws, TestUser user) =>
        (await aws.CognitoAsync("admin-get-user", "--user-pool-id", cognito.UserPoolId, "--username", user.Username)).ShouldSucceed();

    private async Task<Dictionary<string, string>> AttributesAsync(AwsCli aws, TestUser user) =>
        ((await AdminGetUserAsync(aws, user))["UserAttributes"] as JsonArray ?? [])
        .ToDictionary(item => item?["Name"]?.GetValue<string>() ?? "", item => item?["Value"]?.GetValue<string>() ?? "");
}
