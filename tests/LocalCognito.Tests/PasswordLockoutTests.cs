using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;
using LocalCognito.Auth;

namespace LocalCognito.Tests;

/// <summary>Cognito's temporary lockout after failed password checks, on every password flow, over HTTP on a fake clock.</summary>
public sealed class PasswordLockoutTests
{
    private const string WrongPassword = "Wr0ngPass!";
    private const string Locked = "Password attempts exceeded";

    private static async Task<string> WrongPasswordAsync(TestServer t, string username = "tom") =>
        (await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync(username, WrongPassword))).Message;

    private static async Task<string> LockedOutAsync(Func<Task> attempt) =>
        (await Assert.ThrowsAsync<NotAuthorizedException>(attempt)).Message;

    [Fact]
    public async Task Five_wrong_passwords_then_the_right_one_is_refused_until_the_lock_time_passes()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal("Incorrect username or password.", await WrongPasswordAsync(t));
        }

        Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
        t.Time.Advance(TimeSpan.FromMilliseconds(999));
        Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
        t.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_lock_time_and_refused_attempts_do_not_count()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await WrongPasswordAsync(t);
        }

        foreach (var seconds in new[] { 1, 2, 4, 8 })
        {
            // Attempts while locked are refused whatever the password, and do not lengthen the lock.
            Assert.Equal(Locked, await WrongPasswordAsync(t));
            t.Time.Advance(TimeSpan.FromSeconds(seconds) - TimeSpan.FromMilliseconds(1));
            Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
            t.Time.Advance(TimeSpan.FromMilliseconds(1));
            Assert.Equal("Incorrect username or password.", await WrongPasswordAsync(t));
        }

        Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
        t.Time.Advance(TimeSpan.FromSeconds(16));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);
    }

    [Fact]
    public void Lock_times_grow_as_two_to_the_failures_minus_five_seconds_up_to_fifteen_minutes()
    {
        Assert.Equal(TimeSpan.Zero, SignInLockout.LockoutAfter(4));
        Assert.Equal(TimeSpan.FromSeconds(1), SignInLockout.LockoutAfter(5));
        Assert.Equal(TimeSpan.FromSeconds(2), SignInLockout.LockoutAfter(6));
        Assert.Equal(TimeSpan.FromSeconds(512), SignInLockout.LockoutAfter(14));
        Assert.Equal(TimeSpan.FromMinutes(15), SignInLockout.LockoutAfter(15));
        Assert.Equal(TimeSpan.FromMinutes(15), SignInLockout.LockoutAfter(1_000));
    }

    [Fact]
    public async Task Client_admin_and_SRP_password_checks_all_count_and_all_are_refused_while_locked()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        await WrongPasswordAsync(t);
        await WrongPasswordAsync(t);
        Assert.Equal("Incorrect username or password.", await LockedOutAsync(() => AdminPasswordAuthAsync(t, WrongPassword)));
        Assert.Equal("Incorrect username or password.", await LockedOutAsync(() => AdminPasswordAuthAsync(t, WrongPassword)));
        Assert.Equal("Incorrect username or password.", await LockedOutAsync(() => SrpSignInAsync(t, WrongPassword)));

        Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
        Assert.Equal(Locked, await LockedOutAsync(() => AdminPasswordAuthAsync(t, TestServer.Password)));
        Assert.Equal(Locked, await LockedOutAsync(() => SrpSignInAsync(t, TestServer.Password)));
    }

    [Fact]
    public async Task A_successful_sign_in_clears_the_count()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await WrongPasswordAsync(t);
        }

        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        await t.Client.RespondToAuthChallengeAsync(MfaAnswer(t, challenge.Session, t.Code(secret)));

        for (var attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal("Incorrect username or password.", await WrongPasswordAsync(t));
        }

        Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
    }

    [Fact]
    public async Task A_password_step_alone_does_not_clear_the_count()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            await WrongPasswordAsync(t);
        }

        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);
        await WrongPasswordAsync(t);
        Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
    }

    [Fact]
    public async Task Fifteen_quiet_minutes_clear_the_count()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        for (var attempt = 0; attempt < 7; attempt++)
        {
            t.Time.Advance(TimeSpan.FromSeconds(10));
            await WrongPasswordAsync(t);
        }

        t.Time.Advance(TimeSpan.FromMinutes(15));
        for (var attempt = 0; attempt < 4; attempt++)
        {
            Assert.Equal("Incorrect username or password.", await WrongPasswordAsync(t));
        }

        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);
    }

    [Fact]
    public async Task The_lockout_is_per_user()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        await t.SignUpConfirmedAsync("ann");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await WrongPasswordAsync(t);
        }

        Assert.Equal(Locked, await LockedOutAsync(() => t.PasswordAuthAsync("tom")));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("ann")).ChallengeName);
    }

    internal static RespondToAuthChallengeRequest MfaAnswer(TestServer t, string session, string code) => new()
    {
        ClientId = t.ClientId,
        ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
        Session = session,
        ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = code },
    };

    private static Task<AdminInitiateAuthResponse> AdminPasswordAuthAsync(TestServer t, string password) =>
        t.Client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = t.PoolId,
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = password },
        });

    private static async Task<RespondToAuthChallengeResponse> SrpSignInAsync(TestServer t, string password)
    {
        var srp = new SrpClient();
        var start = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.USER_SRP_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SRP_A"] = srp.SrpAHex },
        });
        var parameters = start.ChallengeParameters;
        var timestamp = SrpTimestamp.Format(t.Time.GetUtcNow());
        var signature = srp.ComputeClaimSignature(t.PoolId.Split('_')[1], parameters["USER_ID_FOR_SRP"], password,
            parameters["SALT"], parameters["SRP_B"], parameters["SECRET_BLOCK"], timestamp);
        return await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.PASSWORD_VERIFIER,
            Session = start.Session,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = parameters["USER_ID_FOR_SRP"],
                ["PASSWORD_CLAIM_SECRET_BLOCK"] = parameters["SECRET_BLOCK"],
                ["PASSWORD_CLAIM_SIGNATURE"] = signature,
                ["TIMESTAMP"] = timestamp,
            },
        });
    }
}
