using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class ConfirmSignUpTests
{
    private static ConfirmSignUpRequest Confirm(TestServer t, string code) =>
        new() { ClientId = t.ClientId, Username = "tom", ConfirmationCode = code };

    [Fact]
    public async Task The_right_code_confirms_and_verifies_the_email()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        await t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom")));

        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal("CONFIRMED", user.UserStatus.Value);
        Assert.Contains(user.UserAttributes, a => a.Name == "email_verified" && a.Value == "true");
    }

    [Fact]
    public async Task A_wrong_code_is_a_mismatch_and_five_of_them_hit_the_attempt_limit()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        var wrong = t.LatestCode("tom") == "000000" ? "111111" : "000000";
        for (var i = 0; i < 5; i++)
        {
            var mismatch = await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, wrong)));
            Assert.Equal("Invalid verification code provided, please try again.", mismatch.Message);
        }
        var limit = await Assert.ThrowsAsync<LimitExceededException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom"))));
        Assert.Equal("Attempt limit exceeded, please try after some time.", limit.Message);
    }

    [Fact]
    public async Task A_code_older_than_24_hours_is_expired()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        t.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var error = await Assert.ThrowsAsync<ExpiredCodeException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom"))));
        Assert.Equal("Invalid code provided, please request a code again.", error.Message);
    }

    [Fact]
    public async Task Resend_replaces_the_code()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        var first = t.LatestCode("tom");
        string second;
        do
        {
            await t.Client.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest { ClientId = t.ClientId, Username = "tom" });
            second = t.LatestCode("tom");
        } while (second == first); // one chance in a million that the new code equals the old one

        await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, first)));
        await t.Client.ConfirmSignUpAsync(Confirm(t, second));
    }

    [Fact]
    public async Task Confirming_twice_says_the_current_status()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom"))));
        Assert.Equal("User cannot be confirmed. Current status is CONFIRMED", error.Message);

        var resend = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            t.Client.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest { ClientId = t.ClientId, Username = "tom" }));
        Assert.Equal("User is already confirmed.", resend.Message);
    }

    [Fact]
    public async Task AdminConfirmSignUp_confirms_without_a_code_and_leaves_the_email_unverified()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = t.PoolId, Username = "tom" });
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal("CONFIRMED", user.UserStatus.Value);
        Assert.DoesNotContain(user.UserAttributes, a => a.Name == "email_verified");
    }
}
