using Conformance.Tests.Infrastructure;
using static Conformance.Tests.Infrastructure.CognitoResponseAssertions;

namespace Conformance.Tests;

/// <summary>Sessions (AuthSessionValidity 3 minutes) and confirmation codes (24 hours) expire: LocalCognito on a fake clock.</summary>
public sealed class AwsCliExpiryTests(FakeClockLocalCognitoFixture cognito) : IClassFixture<FakeClockLocalCognitoFixture>
{
    [Fact]
    public async Task A_session_works_within_three_minutes_and_is_expired_after()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-expiry-session");
        await cognito.Users.CreateConfirmedAsync(user);
        var setupSession = AssertChallenge((await aws.AdminInitiateAuthAsync(cognito.UserPoolId, cognito.ClientId, user)).ShouldSucceed(), "MFA_SETUP");

        cognito.Clock.Advance(TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(10));
        var association = (await aws.CognitoAsync("associate-software-token", "--session", setupSession)).ShouldSucceed();

        cognito.Clock.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        // The session is checked before the code, so any well-formed code will do.
        (await aws.CognitoAsync("verify-software-token",
                "--session", association["Session"]?.GetValue<string>() ?? "",
                "--user-code", "123456"))
            .ShouldFailWith("NotAuthorizedException", "Invalid session for the user, session is expired.");
    }

    [Fact]
    public async Task A_confirmation_code_works_for_24_hours()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-expiry-fresh");
        await cognito.Users.CreateUnconfirmedAsync(user);

        cognito.Clock.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        (await ConfirmAsync(aws, user, await cognito.Outbox.LatestCodeForAsync(user.Username))).ShouldSucceed();
    }

    [Fact]
    public async Task A_confirmation_code_older_than_24_hours_is_ExpiredCodeException()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-expiry-stale");
        await cognito.Users.CreateUnconfirmedAsync(user);

        cognito.Clock.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));
        (await ConfirmAsync(aws, user, await cognito.Outbox.LatestCodeForAsync(user.Username)))
            .ShouldFailWith("ExpiredCodeException", "Invalid code provided, please request a code again.");
    }

    private Task<AwsCliResult> ConfirmAsync(AwsCli aws, TestUser user, string code) =>
        aws.CognitoAsync("confirm-sign-up", "--client-id", cognito.ClientId, "--username", user.Username, "--confirmation-code", code);
}
