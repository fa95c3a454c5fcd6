using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Wrong MFA codes count per user across sessions, so a brute forcer who knows the password is stopped.</summary>
public sealed class MfaLockoutTests
{
    private const string Locked = "Password attempts exceeded";

    private static string Wrong(TestServer t, string secret)
    {
        var right = new[] { t.Code(secret, -1), t.Code(secret), t.Code(secret, 1) };
        return Enumerable.Range(0, 10).Select(digit => new string((char)('0' + digit), 6)).First(code => !right.Contains(code));
    }

    [Fact]
    public async Task Wrong_codes_on_new_sessions_lock_the_user_out()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.NextStep();
        var waiting = await t.PasswordAuthAsync("tom"); // a session kept for the right code later

        for (var guess = 0; guess < 5; guess++)
        {
            var fresh = await t.PasswordAuthAsync("tom");
            var mismatch = await Assert.ThrowsAsync<CodeMismatchException>(() =>
                t.Client.RespondToAuthChallengeAsync(PasswordLockoutTests.MfaAnswer(t, fresh.Session, Wrong(t, secret))));
            Assert.Equal("Invalid code received for user", mismatch.Message);
        }

        // Locked: no new session with the right password, and no code (even the right one) on an open session.
        Assert.Equal(Locked, (await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("tom"))).Message);
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            t.Client.RespondToAuthChallengeAsync(PasswordLockoutTests.MfaAnswer(t, waiting.Session, t.Code(secret))));
        Assert.Equal(Locked, refused.Message);

        // The refused answer did not use the session up: once the lock time passed, the right code signs in.
        t.Time.Advance(TimeSpan.FromSeconds(1));
        var signedIn = await t.Client.RespondToAuthChallengeAsync(PasswordLockoutTests.MfaAnswer(t, waiting.Session, t.Code(secret)));
        Assert.NotNull(signedIn.AuthenticationResult.AccessToken);
    }

    [Fact]
    public async Task A_brute_forcer_with_the_password_gets_few_guesses_and_a_growing_wait()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.NextStep();
        var guesses = 0;
        var refusals = 0;
        for (var round = 0; round < 200; round++)
        {
            try
            {
                var fresh = await t.PasswordAuthAsync("tom");
                await Assert.ThrowsAsync<CodeMismatchException>(() =>
                    t.Client.RespondToAuthChallengeAsync(PasswordLockoutTests.MfaAnswer(t, fresh.Session, Wrong(t, secret))));
                guesses++;
            }
            catch (NotAuthorizedException locked) when (locked.Message == Locked)
            {
                refusals++;
            }

            t.Time.Advance(TimeSpan.FromMilliseconds(100)); // 200 rounds in 20 s of the fake clock
        }

        // 5 free guesses, then locks of 1, 2, 4 and 8 s fit into 20 s: 9 guesses at most.
        Assert.InRange(guesses, 5, 9);
        Assert.Equal(200 - guesses, refusals);
    }

    [Fact]
    public async Task Five_wrong_codes_on_one_session_still_end_that_session()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        for (var guess = 0; guess < 5; guess++)
        {
            await Assert.ThrowsAsync<CodeMismatchException>(() =>
                t.Client.RespondToAuthChallengeAsync(PasswordLockoutTests.MfaAnswer(t, challenge.Session, Wrong(t, secret))));
        }

        t.Time.Advance(TimeSpan.FromSeconds(1));
        var spent = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            t.Client.RespondToAuthChallengeAsync(PasswordLockoutTests.MfaAnswer(t, challenge.Session, t.Code(secret))));
        Assert.Equal("Invalid session for the user, session can only be used once.", spent.Message);
    }
}
