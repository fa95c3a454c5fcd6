using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>
/// Cognito's "Forgot password behavior": at most 20 requests plus entries of a code per user per hour (each request
/// gives a fresh code with 5 tries, so without this the code could be guessed without end). The same hourly limit holds
/// for attribute verification codes and sign-up confirmation codes, each kind counted on its own.
/// </summary>
public sealed class CodeAttemptLimitTests
{
    private const string Limited = "Attempt limit exceeded, please try after some time.";

    [Fact]
    public async Task Reset_codes_twenty_requests_and_entries_an_hour_then_LimitExceeded()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        for (var round = 0; round < 10; round++)
        {
            await ForgotAsync(t);
            await Assert.ThrowsAsync<CodeMismatchException>(() => ConfirmForgotAsync(t, WrongCode(ResetCode(t))));
        }

        Assert.Equal(Limited, (await Assert.ThrowsAsync<LimitExceededException>(() => ForgotAsync(t))).Message);
        // Not even the right code is taken, and the password stays.
        Assert.Equal(Limited, (await Assert.ThrowsAsync<LimitExceededException>(() => ConfirmForgotAsync(t, ResetCode(t)))).Message);
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);

        t.Time.Advance(TimeSpan.FromMinutes(61));
        await ForgotAsync(t);
        await ConfirmForgotAsync(t, ResetCode(t));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom", "N3wPassw0rd!")).ChallengeName);
    }

    [Fact]
    public async Task Attribute_verification_codes_twenty_requests_and_entries_an_hour_then_LimitExceeded()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        for (var round = 0; round < 10; round++)
        {
            await RequestVerificationAsync(t, tokens.AccessToken);
            await Assert.ThrowsAsync<CodeMismatchException>(() => VerifyAsync(t, tokens.AccessToken, WrongCode(t.LatestCode("tom"))));
        }

        Assert.Equal(Limited, (await Assert.ThrowsAsync<LimitExceededException>(() => RequestVerificationAsync(t, tokens.AccessToken))).Message);
        Assert.Equal(Limited, (await Assert.ThrowsAsync<LimitExceededException>(() => VerifyAsync(t, tokens.AccessToken, t.LatestCode("tom")))).Message);
    }

    [Fact]
    public async Task Confirmation_codes_twenty_resends_and_entries_an_hour_then_LimitExceeded()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        for (var resend = 0; resend < 5; resend++)
        {
            await t.Client.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest { ClientId = t.ClientId, Username = "tom" });
        }

        // Three rounds of five wrong codes, each followed by the 15-minute pause: 20 attempts within 45 minutes.
        for (var round = 0; round < 3; round++)
        {
            for (var guess = 0; guess < 5; guess++)
            {
                await Assert.ThrowsAsync<CodeMismatchException>(() => ConfirmAsync(t, WrongCode(t.LatestCode("tom"))));
            }

            t.Time.Advance(TimeSpan.FromMinutes(15));
        }

        Assert.Equal(Limited, (await Assert.ThrowsAsync<LimitExceededException>(() => ConfirmAsync(t, t.LatestCode("tom")))).Message);
        t.Time.Advance(TimeSpan.FromMinutes(16));
        await ConfirmAsync(t, t.LatestCode("tom"));
    }

    private static string WrongCode(string code) => ((int.Parse(code) + 1) % 1_000_000).ToString("D6");

    private static string ResetCode(TestServer t) => t.Server.Outbox.Last(message => message.Kind == "PASSWORD_RESET_CODE").Code;

    private static Task<ForgotPasswordResponse> ForgotAsync(TestServer t) =>
        t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = t.ClientId, Username = "tom" });

    private static Task<ConfirmForgotPasswordResponse> ConfirmForgotAsync(TestServer t, string code) =>
        t.Client.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = t.ClientId,
            Username = "tom",
            ConfirmationCode = code,
            Password = "N3wPassw0rd!",
        });

    private static Task<GetUserAttributeVerificationCodeResponse> RequestVerificationAsync(TestServer t, string accessToken) =>
        t.Client.GetUserAttributeVerificationCodeAsync(new GetUserAttributeVerificationCodeRequest { AccessToken = accessToken, AttributeName = "email" });

    private static Task<VerifyUserAttributeResponse> VerifyAsync(TestServer t, string accessToken, string code) =>
        t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest { AccessToken = accessToken, AttributeName = "email", Code = code });

    private static Task<ConfirmSignUpResponse> ConfirmAsync(TestServer t, string code) =>
        t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = t.ClientId, Username = "tom", ConfirmationCode = code });
}
