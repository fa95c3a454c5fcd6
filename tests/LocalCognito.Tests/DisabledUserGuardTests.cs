using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>
/// A disabled user cannot recover the account or sign in by any step: with PreventUserExistenceErrors (the default
/// client) ForgotPassword answers a simulated delivery and ConfirmForgotPassword CodeMismatchException, as for a user
/// who does not exist.
/// </summary>
public sealed class DisabledUserGuardTests
{
    [Fact]
    public async Task ForgotPassword_for_a_disabled_user_sends_nothing_and_an_earlier_code_does_not_change_the_password()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        await t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = t.ClientId, Username = "tom" });
        var earlierCode = t.Server.Outbox.Last(message => message.Kind == "PASSWORD_RESET_CODE").Code;
        await t.Client.AdminDisableUserAsync(new AdminDisableUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        var sent = t.Server.Outbox.Count;

        var delivery = (await t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = t.ClientId, Username = "tom" })).CodeDeliveryDetails;
        var unknown = (await t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = t.ClientId, Username = "nobody" })).CodeDeliveryDetails;
        Assert.Equal(sent, t.Server.Outbox.Count);
        Assert.Equal((unknown.DeliveryMedium, unknown.AttributeName), (delivery.DeliveryMedium, delivery.AttributeName));

        var error = await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = t.ClientId,
            Username = "tom",
            ConfirmationCode = earlierCode,
            Password = "N3wPassw0rd!",
        }));
        Assert.Equal("Invalid verification code provided, please try again.", error.Message);

        await t.Client.AdminEnableUserAsync(new AdminEnableUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom")).ChallengeName);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("tom", "N3wPassw0rd!"));
    }

    [Fact]
    public async Task Answering_the_MFA_challenge_after_AdminDisableUser_gets_no_tokens()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.ChallengeName);
        await t.Client.AdminDisableUserAsync(new AdminDisableUserRequest { UserPoolId = t.PoolId, Username = "tom" });

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        }));
        Assert.Equal("User is disabled.", error.Message);
    }
}
