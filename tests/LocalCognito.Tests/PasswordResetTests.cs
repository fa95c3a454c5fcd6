using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>ForgotPassword, ConfirmForgotPassword and AdminResetUserPassword over HTTP, on the fake clock.</summary>
public sealed class PasswordResetTests
{
    private const string NewPassword = "N3wPassw0rd!";

    private static Task<ForgotPasswordResponse> ForgotAsync(TestServer t, string username, string? clientId = null) =>
        t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = clientId ?? t.ClientId, Username = username });

    private static Task<ConfirmForgotPasswordResponse> ConfirmAsync(TestServer t, string username, string code, string password = NewPassword) =>
        t.Client.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = t.ClientId,
            Username = username,
            ConfirmationCode = code,
            Password = password,
        });

    private static string ResetCode(TestServer t, string username) =>
        t.Server.Outbox.Last(message => message.Username == username && message.Kind == "PASSWORD_RESET_CODE").Code;

    private static async Task<string> StatusAsync(TestServer t, string username) =>
        (await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = username })).UserStatus.Value;

    [Fact]
    public async Task A_reset_code_goes_to_the_verified_email_and_sets_the_new_password()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");

        var forgot = await ForgotAsync(t, "tom");
        Assert.Equal("t***@e***", forgot.CodeDeliveryDetails.Destination);
        Assert.Equal(DeliveryMediumType.EMAIL, forgot.CodeDeliveryDetails.DeliveryMedium);
        Assert.Equal("email", forgot.CodeDeliveryDetails.AttributeName);
        var message = t.Server.Outbox.Last();
        Assert.Equal(("tom@example.com", "PASSWORD_RESET_CODE"), (message.Destination, message.Kind));
        Assert.Matches("^[0-9]{6}$", message.Code);

        await ConfirmAsync(t, "tom", message.Code);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("tom"));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom", NewPassword)).ChallengeName);
        // The code is used up.
        await Assert.ThrowsAsync<CodeMismatchException>(() => ConfirmAsync(t, "tom", message.Code, "An0therPass!"));
    }

    [Fact]
    public async Task A_wrong_code_is_a_mismatch_five_times_then_the_limit_until_a_new_code()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        await ForgotAsync(t, "tom");
        var code = ResetCode(t, "tom");
        var wrong = code == "000000" ? "111111" : "000000";

        for (var attempt = 0; attempt < 5; attempt++)
        {
            var mismatch = await Assert.ThrowsAsync<CodeMismatchException>(() => ConfirmAsync(t, "tom", wrong));
            Assert.Equal("Invalid verification code provided, please try again.", mismatch.Message);
        }

        var limit = await Assert.ThrowsAsync<LimitExceededException>(() => ConfirmAsync(t, "tom", code));
        Assert.Equal("Attempt limit exceeded, please try after some time.", limit.Message);

        await ForgotAsync(t, "tom");
        await ConfirmAsync(t, "tom", ResetCode(t, "tom"));
    }

    [Fact]
    public async Task A_code_older_than_an_hour_is_expired()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        await ForgotAsync(t, "tom");
        t.Time.Advance(TimeSpan.FromHours(1) + TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<ExpiredCodeException>(() => ConfirmAsync(t, "tom", ResetCode(t, "tom")));
        Assert.Equal("Invalid code provided, please request a code again.", error.Message);
    }

    [Fact]
    public async Task The_new_password_must_meet_the_policy()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        await ForgotAsync(t, "tom");

        var error = await Assert.ThrowsAsync<InvalidPasswordException>(() => ConfirmAsync(t, "tom", ResetCode(t, "tom"), "short"));
        Assert.Equal("Password did not conform with policy: Password not long enough", error.Message);
    }

    [Fact]
    public async Task A_user_without_a_verified_email_cannot_reset()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom"); // unconfirmed: the email was never verified

        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => ForgotAsync(t, "tom"));
        Assert.Equal("Cannot reset password for the user as there is no registered/verified email or phone_number", error.Message);
    }

    [Fact]
    public async Task An_unknown_user_gets_a_simulated_delivery_when_existence_errors_are_prevented()
    {
        await using var t = await TestServer.StartAsync();
        var first = await ForgotAsync(t, "nobody");
        var again = await ForgotAsync(t, "NOBODY");

        Assert.Equal(DeliveryMediumType.EMAIL, first.CodeDeliveryDetails.DeliveryMedium);
        Assert.Matches("^[a-z]\\*\\*\\*@[a-z]\\*\\*\\*$", first.CodeDeliveryDetails.Destination);
        Assert.Equal(first.CodeDeliveryDetails.Destination, again.CodeDeliveryDetails.Destination);
        Assert.Empty(t.Server.Outbox);
        await Assert.ThrowsAsync<CodeMismatchException>(() => ConfirmAsync(t, "nobody", "123456"));
    }

    [Fact]
    public async Task An_unknown_user_is_not_found_on_a_legacy_client()
    {
        await using var t = await TestServer.StartAsync();
        var legacy = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = t.PoolId, ClientName = "legacy" }))
            .UserPoolClient.ClientId;

        var error = await Assert.ThrowsAsync<UserNotFoundException>(() => ForgotAsync(t, "nobody", legacy));
        Assert.Equal("Username/client id combination not found.", error.Message);
    }

    [Fact]
    public async Task A_client_with_a_secret_needs_the_secret_hash()
    {
        await using var t = await TestServer.StartAsync();
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = t.PoolId, ClientName = "s", GenerateSecret = true }))
            .UserPoolClient;
        await t.SignUpConfirmedAsync("tom");

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => ForgotAsync(t, "tom", client.ClientId));
        Assert.Equal($"Unable to verify secret hash for client {client.ClientId}", error.Message);
        await t.Client.ForgotPasswordAsync(new ForgotPasswordRequest
        {
            ClientId = client.ClientId,
            Username = "tom",
            SecretHash = CognitoSrp.SecretHash.Compute("tom", client.ClientId, client.ClientSecret),
        });
    }

    [Fact]
    public async Task AdminResetUserPassword_requires_a_reset_before_sign_in_and_the_code_makes_the_user_confirmed()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");

        await t.Client.AdminResetUserPasswordAsync(new AdminResetUserPasswordRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal("RESET_REQUIRED", await StatusAsync(t, "tom"));
        var error = await Assert.ThrowsAsync<PasswordResetRequiredException>(() => t.PasswordAuthAsync("tom"));
        Assert.Equal("Password reset required for the user", error.Message);

        await ConfirmAsync(t, "tom", ResetCode(t, "tom"));
        Assert.Equal("CONFIRMED", await StatusAsync(t, "tom"));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom", NewPassword)).ChallengeName);
    }

    [Fact]
    public async Task AdminResetUserPassword_refuses_unknown_users_and_users_who_never_set_a_password()
    {
        await using var t = await TestServer.StartAsync();
        await Assert.ThrowsAsync<UserNotFoundException>(() =>
            t.Client.AdminResetUserPasswordAsync(new AdminResetUserPasswordRequest { UserPoolId = t.PoolId, Username = "nobody" }));

        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest { UserPoolId = t.PoolId, Username = "ann", TemporaryPassword = "Temp0rary!" });
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            t.Client.AdminResetUserPasswordAsync(new AdminResetUserPasswordRequest { UserPoolId = t.PoolId, Username = "ann" }));
        Assert.Equal("User password cannot be reset in the current state.", error.Message);
    }

    [Fact]
    public async Task ForgotPassword_for_a_FORCE_CHANGE_PASSWORD_user_with_a_verified_email_ends_in_CONFIRMED()
    {
        await using var t = await TestServer.StartAsync();
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = t.PoolId,
            Username = "ann",
            TemporaryPassword = "Temp0rary!",
            UserAttributes = [new AttributeType { Name = "email", Value = "ann@example.com" }, new AttributeType { Name = "email_verified", Value = "true" }],
        });

        await ForgotAsync(t, "ann");
        await ConfirmAsync(t, "ann", ResetCode(t, "ann"));
        Assert.Equal("CONFIRMED", await StatusAsync(t, "ann"));
    }
}
