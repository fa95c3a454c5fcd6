using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Resends of the sign-up code are limited, and a resend does not give a guesser five fresh tries.</summary>
public sealed class ConfirmationCodeLimitTests
{
    private const string AttemptLimit = "Attempt limit exceeded, please try after some time.";

    private static ConfirmSignUpRequest Confirm(TestServer t, string code) =>
        new() { ClientId = t.ClientId, Username = "tom", ConfirmationCode = code };

    private static Task<ResendConfirmationCodeResponse> ResendAsync(TestServer t) =>
        t.Client.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest { ClientId = t.ClientId, Username = "tom" });

    private static string Wrong(TestServer t) => t.LatestCode("tom") == "000000" ? "111111" : "000000";

    [Fact]
    public async Task Five_resends_an_hour_then_LimitExceeded_until_the_hour_has_passed()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        for (var resend = 0; resend < 5; resend++)
        {
            await ResendAsync(t);
            t.Time.Advance(TimeSpan.FromMinutes(1));
        }

        var limit = await Assert.ThrowsAsync<LimitExceededException>(() => ResendAsync(t));
        Assert.Equal(AttemptLimit, limit.Message);
        var sent = t.Server.Outbox.Count;

        t.Time.Advance(TimeSpan.FromMinutes(55)); // the first resend is now an hour old
        await ResendAsync(t);
        Assert.Equal(sent + 1, t.Server.Outbox.Count);
        await Assert.ThrowsAsync<LimitExceededException>(() => ResendAsync(t));
    }

    [Fact]
    public async Task A_resend_does_not_reset_the_count_of_wrong_codes()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        for (var guess = 0; guess < 3; guess++)
        {
            await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, Wrong(t))));
        }

        await ResendAsync(t);
        for (var guess = 0; guess < 2; guess++)
        {
            await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, Wrong(t))));
        }

        var limit = await Assert.ThrowsAsync<LimitExceededException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom"))));
        Assert.Equal(AttemptLimit, limit.Message);

        await ResendAsync(t);
        await Assert.ThrowsAsync<LimitExceededException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom"))));
    }

    [Fact]
    public async Task After_the_pause_the_right_code_confirms()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        for (var guess = 0; guess < 5; guess++)
        {
            await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, Wrong(t))));
        }

        t.Time.Advance(TimeSpan.FromMinutes(15) - TimeSpan.FromSeconds(1));
        await Assert.ThrowsAsync<LimitExceededException>(() => t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom"))));
        t.Time.Advance(TimeSpan.FromSeconds(1));
        await t.Client.ConfirmSignUpAsync(Confirm(t, t.LatestCode("tom")));
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal("CONFIRMED", user.UserStatus.Value);
    }
}
