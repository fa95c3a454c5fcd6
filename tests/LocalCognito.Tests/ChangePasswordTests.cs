using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class ChangePasswordTests
{
    private static Task<ChangePasswordResponse> ChangeAsync(TestServer t, string accessToken, string? previous, string proposed) =>
        t.Client.ChangePasswordAsync(new ChangePasswordRequest { AccessToken = accessToken, PreviousPassword = previous, ProposedPassword = proposed });

    [Fact]
    public async Task The_previous_password_changes_it_and_the_new_one_signs_in()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");

        await ChangeAsync(t, tokens.AccessToken, TestServer.Password, "Chang3dPass!");

        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("tom"));
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom", "Chang3dPass!")).ChallengeName);
    }

    [Fact]
    public async Task A_wrong_previous_password_is_not_authorized_and_changes_nothing()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => ChangeAsync(t, tokens.AccessToken, "Wr0ngPass!", "Chang3dPass!"));
        Assert.Equal("Incorrect username or password.", error.Message);
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom")).ChallengeName);
    }

    [Fact]
    public async Task The_proposed_password_must_meet_the_policy()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");

        var error = await Assert.ThrowsAsync<InvalidPasswordException>(() => ChangeAsync(t, tokens.AccessToken, TestServer.Password, "nouppercase1!"));
        Assert.Equal("Password did not conform with policy: Password must have uppercase characters", error.Message);
    }

    [Fact]
    public async Task A_revoked_access_token_cannot_change_the_password()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        await t.Client.GlobalSignOutAsync(new GlobalSignOutRequest { AccessToken = tokens.AccessToken });

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => ChangeAsync(t, tokens.AccessToken, TestServer.Password, "Chang3dPass!"));
        Assert.Equal("Access Token has been revoked", error.Message);
    }

    [Fact]
    public async Task Five_calls_an_hour_then_LimitExceeded_even_with_the_right_password()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        for (var guess = 0; guess < 5; guess++)
        {
            await Assert.ThrowsAsync<NotAuthorizedException>(() => ChangeAsync(t, tokens.AccessToken, $"Wr0ngPass{guess}!", "Chang3dPass!"));
        }

        var limited = await Assert.ThrowsAsync<LimitExceededException>(() => ChangeAsync(t, tokens.AccessToken, TestServer.Password, "Chang3dPass!"));
        Assert.Equal("Attempt limit exceeded, please try after some time.", limited.Message);
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom")).ChallengeName);

        // An hour later (with a refreshed access token) the right password changes it again.
        t.Time.Advance(TimeSpan.FromMinutes(61));
        var refreshed = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        });
        await ChangeAsync(t, refreshed.AuthenticationResult.AccessToken, TestServer.Password, "Chang3dPass!");
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom", "Chang3dPass!")).ChallengeName);
    }
}
