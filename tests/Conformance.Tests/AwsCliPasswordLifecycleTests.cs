using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;
using static Conformance.Tests.Infrastructure.CognitoResponseAssertions;

namespace Conformance.Tests;

/// <summary>
/// Forgot password, admin reset, change password and the existence-hiding answers for unknown users, as the
/// AWS CLI sees them. The default client prevents user-existence errors.
/// </summary>
public sealed class AwsCliPasswordLifecycleTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    private const string PasswordResetRequired = "Password reset required for the user";

    [Fact]
    public async Task Forgot_password_sends_a_code_a_wrong_one_is_refused_and_the_right_one_sets_the_password()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-forgot");
        await cognito.Users.CreateConfirmedAsync(user);
        var newPassword = TestUser.CreateUnique("unused").Password;

        var forgot = (await aws.CognitoAsync("forgot-password", "--client-id", cognito.ClientId, "--username", user.Username)).ShouldSucceed();
        Assert.True(forgot["CodeDeliveryDetails"]?["DeliveryMedium"]?.GetValue<string>() == "EMAIL", forgot.ToJsonString());
        Assert.True(forgot["CodeDeliveryDetails"]?["Destination"]?.GetValue<string>() == $"{user.Username[0]}***@e***", forgot.ToJsonString());
        var code = await cognito.Outbox.LatestCodeForAsync(user.Username);

        (await ConfirmForgotAsync(aws, user, code == "000000" ? "111111" : "000000", newPassword))
            .ShouldFailWith("CodeMismatchException", "Invalid verification code provided, please try again.");
        (await ConfirmForgotAsync(aws, user, code, "weak"))
            .ShouldFailWith("InvalidPasswordException", "Password did not conform with policy: Password not long enough");
        (await ConfirmForgotAsync(aws, user, code, newPassword)).ShouldSucceed();

        (await aws.InitiateAuthAsync(cognito.ClientId, user)).ShouldFailWith("NotAuthorizedException", "Incorrect username or password.");
        AssertChallenge((await aws.InitiateAuthAsync(cognito.ClientId, user, password: newPassword)).ShouldSucceed(), "MFA_SETUP");
    }

    [Fact]
    public async Task Unknown_users_get_simulated_deliveries_from_forgot_password_and_resend_confirmation_code()
    {
        using var aws = cognito.NewAwsCli();
        var stranger = TestUser.CreateUnique("cli-stranger");

        foreach (var operation in new[] { "forgot-password", "resend-confirmation-code" })
        {
            var answer = (await aws.CognitoAsync(operation, "--client-id", cognito.ClientId, "--username", stranger.Username)).ShouldSucceed();
            Assert.True(answer["CodeDeliveryDetails"]?["DeliveryMedium"]?.GetValue<string>() == "EMAIL", $"{operation}: {answer.ToJsonString()}");
            Assert.Matches("^[a-z]\\*\\*\\*@[a-z]\\*\\*\\*$", answer["CodeDeliveryDetails"]?["Destination"]?.GetValue<string>() ?? "");
        }

        (await ConfirmForgotAsync(aws, stranger, "123456", stranger.Password))
            .ShouldFailWith("CodeMismatchException", "Invalid verification code provided, please try again.");
    }

    [Fact]
    public async Task Admin_reset_requires_a_reset_at_sign_in_and_the_code_confirms_the_user_again()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-admin-reset");
        await cognito.Users.CreateConfirmedAsync(user);
        var newPassword = TestUser.CreateUnique("unused").Password;

        (await aws.CognitoAsync("admin-reset-user-password", "--user-pool-id", cognito.UserPoolId, "--username", user.Username)).ShouldSucceed();
        Assert.Equal("RESET_REQUIRED", (await AdminGetUserAsync(aws, user))["UserStatus"]?.GetValue<string>());
        (await aws.InitiateAuthAsync(cognito.ClientId, user)).ShouldFailWith("PasswordResetRequiredException", PasswordResetRequired);
        (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user))
            .ShouldFailWith("PasswordResetRequiredException", PasswordResetRequired);

        (await ConfirmForgotAsync(aws, user, await cognito.Outbox.LatestCodeForAsync(user.Username), newPassword)).ShouldSucceed();
        Assert.Equal("CONFIRMED", (await AdminGetUserAsync(aws, user))["UserStatus"]?.GetValue<string>());
        AssertChallenge((await aws.InitiateAuthAsync(cognito.ClientId, user, password: newPassword)).ShouldSucceed(), "MFA_SETUP");

        (await aws.CognitoAsync("admin-reset-user-password", "--user-pool-id", cognito.UserPoolId, "--username", "no-such-user-" + user.Username))
            .ShouldFailWith("UserNotFoundException", "User does not exist.");
    }

    [Fact]
    public async Task Change_password_needs_the_previous_password_and_a_policy_conforming_new_one()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-change");
        var enrolled = await cognito.Users.CreateEnrolledAsync(user);
        var newPassword = TestUser.CreateUnique("unused").Password;

        (await ChangeAsync(aws, enrolled.AccessToken, user.Password + "x", newPassword))
            .ShouldFailWith("NotAuthorizedException", "Incorrect username or password.");
        (await ChangeAsync(aws, enrolled.AccessToken, user.Password, "alllowercase1!"))
            .ShouldFailWith("InvalidPasswordException", "Password did not conform with policy: Password must have uppercase characters");
        (await ChangeAsync(aws, enrolled.AccessToken, user.Password, newPassword)).ShouldSucceed();

        (await aws.InitiateAuthAsync(cognito.ClientId, user)).ShouldFailWith("NotAuthorizedException", "Incorrect username or password.");
        AssertChallenge((await aws.InitiateAuthAsync(cognito.ClientId, user, password: newPassword)).ShouldSucceed(), "SOFTWARE_TOKEN_MFA");
    }

    private Task<AwsCliResult> ConfirmForgotAsync(AwsCli aws, TestUser user, string code, string password) =>
        aws.CognitoAsync("confirm-forgot-password",
            "--client-id", cognito.ClientId,
            "--username", user.Username,
            "--confirmation-code", code,
            "--password", password);

    private static Task<AwsCliResult> ChangeAsync(AwsCli aws, string accessToken, string previous, string proposed) =>
        aws.CognitoAsync("change-password", "--access-token", accessToken, "--previous-password", previous, "--proposed-password", proposed);

    private async Task<JsonObject> AdminGetUserAsync(AwsCli aws, TestUser user) =>
        (await aws.CognitoAsync("admin-get-user", "--user-pool-id", cognito.UserPoolId, "--username", user.Username)).ShouldSucceed();
}
