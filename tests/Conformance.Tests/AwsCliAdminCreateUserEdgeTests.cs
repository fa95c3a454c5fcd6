using Conformance.Tests.Infrastructure;
using static Conformance.Tests.Infrastructure.CognitoResponseAssertions;

namespace Conformance.Tests;

/// <summary>AdminCreateUser RESEND, TemporaryPasswordValidityDays and requiredAttributes, through the AWS CLI on a fake clock.</summary>
public sealed class AwsCliAdminCreateUserEdgeTests(FakeClockLocalCognitoFixture cognito) : IClassFixture<FakeClockLocalCognitoFixture>
{
    [Fact]
    public async Task Resend_gives_a_working_temporary_password_and_an_expired_one_is_refused()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-resend-temp");
        (await CreateAsync(aws, user, "--user-attributes", $"Name=email,Value={user.Email}")).ShouldSucceed();
        var first = await cognito.Outbox.LatestCodeForAsync(user.Username);

        cognito.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user, password: first))
            .ShouldFailWith("NotAuthorizedException", "Temporary password has expired and must be reset by an administrator.");

        (await CreateAsync(aws, user, "--message-action", "RESEND")).ShouldSucceed();
        var second = await cognito.Outbox.LatestCodeForAsync(user.Username);
        Assert.NotEqual(first, second);
        var challenge = (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user, password: second)).ShouldSucceed();
        AssertChallenge(challenge, "NEW_PASSWORD_REQUIRED");
        Assert.Equal("[]", challenge["ChallengeParameters"]?["requiredAttributes"]?.GetValue<string>());
    }

    [Fact]
    public async Task Resend_refuses_unknown_and_confirmed_users()
    {
        using var aws = cognito.NewAwsCli();
        var stranger = TestUser.CreateUnique("cli-resend-none");
        (await CreateAsync(aws, stranger, "--message-action", "RESEND")).ShouldFailWith("UserNotFoundException", "User does not exist.");

        var confirmed = TestUser.CreateUnique("cli-resend-conf");
        await cognito.Users.CreateConfirmedAsync(confirmed);
        (await CreateAsync(aws, confirmed, "--message-action", "RESEND"))
            .ShouldFailWith("UnsupportedUserStateException", $"Resend not possible. {confirmed.Username} status is not FORCE_CHANGE_PASSWORD");
    }

    [Fact]
    public async Task New_password_required_names_the_missing_required_attribute_and_the_answer_must_give_it()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-required-attr");
        (await CreateAsync(aws, user, "--temporary-password", user.Password, "--message-action", "SUPPRESS")).ShouldSucceed();

        var challenge = (await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user)).ShouldSucceed();
        var session = AssertChallenge(challenge, "NEW_PASSWORD_REQUIRED");
        Assert.Equal("[\"userAttributes.email\"]", challenge["ChallengeParameters"]?["requiredAttributes"]?.GetValue<string>());

        var newPassword = TestUser.CreateUnique("unused").Password;
        (await aws.AdminRespondToAuthChallengeAsync(cognito.UserPoolId, cognito.ClientId, "NEW_PASSWORD_REQUIRED", session,
                ("USERNAME", user.Username), ("NEW_PASSWORD", newPassword)))
            .ShouldFailWith("InvalidParameterException", "Invalid attributes given, email is missing");
        var done = (await aws.AdminRespondToAuthChallengeAsync(cognito.UserPoolId, cognito.ClientId, "NEW_PASSWORD_REQUIRED", session,
            ("USERNAME", user.Username), ("NEW_PASSWORD", newPassword), ("userAttributes.email", user.Email))).ShouldSucceed();
        AssertChallenge(done, "MFA_SETUP");
    }

    private Task<AwsCliResult> CreateAsync(AwsCli aws, TestUser user, params string[] extra) =>
        aws.CognitoAsync("admin-create-user", ["--user-pool-id", cognito.UserPoolId, "--username", user.Username, .. extra]);
}
