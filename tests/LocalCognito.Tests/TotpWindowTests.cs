using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>RFC 6238 checking on the fake clock: one step early or late is accepted, two are not, a code works once.</summary>
public sealed class TotpWindowTests
{
    private static async Task<(TestServer T, string Secret)> EnrolledAsync()
    {
        var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.Time.Advance(TimeSpan.FromMinutes(5)); // well away from the step used to enrol
        return (t, secret);
    }

    private static async Task<RespondToAuthChallengeResponse> SignInAsync(TestServer t, string code)
    {
        var challenge = await t.PasswordAuthAsync("tom");
        return await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = code },
        });
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(1)]
    public async Task A_code_within_one_step_is_accepted(int stepOffset)
    {
        var (t, secret) = await EnrolledAsync();
        await using var _ = t;
        var response = await SignInAsync(t, t.Code(secret, stepOffset));
        Assert.NotNull(response.AuthenticationResult);
    }

    [Theory]
    [InlineData(-2)]
    [InlineData(2)]
    public async Task A_code_two_steps_off_is_rejected(int stepOffset)
    {
        var (t, secret) = await EnrolledAsync();
        await using var _ = t;
        var code = t.Code(secret, stepOffset);
        if (code == t.Code(secret, -1) || code == t.Code(secret) || code == t.Code(secret, 1))
        {
            return; // a 6-digit collision
        }

        await Assert.ThrowsAsync<CodeMismatchException>(() => SignInAsync(t, code));
    }

    [Fact]
    public async Task A_used_code_is_rejected_until_the_next_step()
    {
        var (t, secret) = await EnrolledAsync();
        await using var _ = t;
        await SignInAsync(t, t.Code(secret));
        var error = await Assert.ThrowsAsync<ExpiredCodeException>(() => SignInAsync(t, t.Code(secret)));
        Assert.Equal("Your software token has already been used once.", error.Message);
        // An earlier step than the one used is spent as well.
        await Assert.ThrowsAsync<ExpiredCodeException>(() => SignInAsync(t, t.Code(secret, -1)));

        t.NextStep();
        Assert.NotNull((await SignInAsync(t, t.Code(secret))).AuthenticationResult);
    }
}
