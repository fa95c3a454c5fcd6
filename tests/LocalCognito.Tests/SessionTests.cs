using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class SessionTests
{
    [Fact]
    public async Task A_session_can_be_used_once()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var setup = await t.PasswordAuthAsync("tom");
        await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = setup.Session });
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = setup.Session }));
        Assert.Equal("Invalid session for the user, session can only be used once.", error.Message);
    }

    [Fact]
    public async Task A_session_expires_after_the_clients_AuthSessionValidity()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        t.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        }));
        Assert.Equal("Invalid session for the user, session is expired.", error.Message);
    }

    [Fact]
    public async Task A_session_still_valid_just_before_expiry_works()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        t.Time.Advance(TimeSpan.FromMinutes(3) - TimeSpan.FromSeconds(1));
        var response = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        });
        Assert.NotNull(response.AuthenticationResult);
    }

    [Fact]
    public async Task A_made_up_session_is_invalid()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = new string('x', 40) }));
        Assert.Equal("Invalid session for the user.", error.Message);
    }
}
