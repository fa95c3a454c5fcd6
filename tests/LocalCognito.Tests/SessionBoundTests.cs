using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Sign-in sessions in progress are bounded per user (20 by default); beyond it, TooManyRequestsException "Rate exceeded".</summary>
public sealed class SessionBoundTests
{
    [Fact]
    public async Task A_user_has_at_most_twenty_sign_ins_in_progress_until_they_expire()
    {
        await using var t = await TestServer.StartAsync();
        await CreateUserAsync(t, "tom");
        await CreateUserAsync(t, "ann");
        for (var started = 0; started < 20; started++)
        {
            Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);
        }

        var refused = await Assert.ThrowsAsync<TooManyRequestsException>(() => t.PasswordAuthAsync("tom"));
        Assert.Equal("Rate exceeded", refused.Message);
        // Another user is not held back by tom's flood.
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("ann")).ChallengeName);

        t.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(2));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);
    }

    [Fact]
    public async Task A_finished_sign_in_gives_its_place_back()
    {
        await using var t = await TestServer.StartAsync();
        await CreateUserAsync(t, "tom");
        for (var started = 0; started < 19; started++)
        {
            await t.PasswordAuthAsync("tom");
        }

        // The twentieth place goes through MFA_SETUP's steps (each hands on a new session) to tokens, and is free again.
        var setup = await t.PasswordAuthAsync("tom");
        var associate = await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = setup.Session });
        var verify = await t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { Session = associate.Session, UserCode = t.Code(associate.SecretCode) });
        var done = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.MFA_SETUP,
            Session = verify.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom" },
        });
        Assert.NotNull(done.AuthenticationResult);

        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom")).ChallengeName);
        await Assert.ThrowsAsync<TooManyRequestsException>(() => t.PasswordAuthAsync("tom"));
    }

    // An admin-created user with a permanent password: no SignUp or ConfirmSignUp session holds a place.
    private static async Task CreateUserAsync(TestServer t, string username)
    {
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = t.PoolId,
            Username = username,
            MessageAction = MessageActionType.SUPPRESS,
            UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }, new AttributeType { Name = "email_verified", Value = "true" }],
        });
        await t.Client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = t.PoolId, Username = username, Password = TestServer.Password, Permanent = true });
    }
}
