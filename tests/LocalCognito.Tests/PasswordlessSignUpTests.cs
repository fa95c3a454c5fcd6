using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>
/// SignUp without a password where the pool offers a passwordless first factor (EMAIL_OTP): ConfirmSignUp's Session
/// signs the new user in, later sign-ins use email codes, the password factors are not offered until the user sets
/// a password; a pool without a passwordless factor refuses a password-less SignUp.
/// </summary>
public sealed class PasswordlessSignUpTests
{
    private static SignUpRequest WithoutPassword(EmailMfaPool pool, string username, string? password = null) => new()
    {
        ClientId = pool.ClientId,
        Username = username,
        Password = password,
        UserAttributes = [new AttributeType { Name = "email", Value = $"{username}@example.com" }],
    };

    private static Task<InitiateAuthResponse> UserAuthAsync(EmailMfaPool pool, string username, string? session = null, string? preferred = null)
    {
        var parameters = new Dictionary<string, string> { ["USERNAME"] = username };
        if (preferred is not null)
        {
            parameters["PREFERRED_CHALLENGE"] = preferred;
        }

        return pool.T.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = pool.ClientId,
            AuthFlow = AuthFlowType.USER_AUTH,
            AuthParameters = parameters,
            Session = session,
        });
    }

    [Fact]
    public async Task A_user_signs_up_without_a_password_and_the_ConfirmSignUp_session_signs_them_in()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t, mfa: "OPTIONAL", firstFactors: ["PASSWORD", "EMAIL_OTP"]);
        var signUp = await t.Client.SignUpAsync(WithoutPassword(pool, "tom"));
        Assert.False(signUp.UserConfirmed);
        Assert.Equal("EMAIL", signUp.CodeDeliveryDetails.DeliveryMedium.Value);

        var confirmed = await t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = pool.ClientId,
            Username = "tom",
            ConfirmationCode = t.LatestCode("tom"),
            Session = signUp.Session,
        });
        var signedIn = await UserAuthAsync(pool, "tom", confirmed.Session);
        Assert.False(string.IsNullOrEmpty(signedIn.AuthenticationResult?.AccessToken));

        // Later sign-ins: no password to offer, so the choice holds only the email code.
        var choice = await UserAuthAsync(pool, "tom");
        Assert.Equal(ChallengeNameType.SELECT_CHALLENGE, choice.ChallengeName);
        Assert.Equal(["EMAIL_OTP"], choice.AvailableChallenges);
        var passwordPreferred = await UserAuthAsync(pool, "tom", preferred: "PASSWORD");
        Assert.Equal(ChallengeNameType.SELECT_CHALLENGE, passwordPreferred.ChallengeName);
        var next = await UserAuthAsync(pool, "tom", preferred: "EMAIL_OTP");
        Assert.Equal(ChallengeNameType.EMAIL_OTP, next.ChallengeName);
        var done = await pool.RespondAsync("EMAIL_OTP", next.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", pool.LatestMessage("tom").Code));
        Assert.False(string.IsNullOrEmpty(done.AuthenticationResult.AccessToken));

        var factors = await t.Client.GetUserAuthFactorsAsync(new GetUserAuthFactorsRequest { AccessToken = done.AuthenticationResult.AccessToken });
        Assert.Equal(["EMAIL_OTP"], factors.ConfiguredUserAuthFactors);

        // A password guess finds no password.
        var guess = await Assert.ThrowsAsync<NotAuthorizedException>(() => pool.PasswordAuthAsync("tom"));
        Assert.Equal("Incorrect username or password.", guess.Message);

        // The user sets a first password without a previous one; then PASSWORD is offered beside EMAIL_OTP.
        await t.Client.ChangePasswordAsync(new ChangePasswordRequest { AccessToken = done.AuthenticationResult.AccessToken, ProposedPassword = TestServer.Password });
        var withPassword = await UserAuthAsync(pool, "tom");
        Assert.Equal(ChallengeNameType.SELECT_CHALLENGE, withPassword.ChallengeName);
        Assert.Equal(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"], withPassword.AvailableChallenges);
        var byPassword = await pool.PasswordAuthAsync("tom");
        Assert.False(string.IsNullOrEmpty(byPassword.AuthenticationResult?.AccessToken));
        var again = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.ChangePasswordAsync(new ChangePasswordRequest
        {
            AccessToken = byPassword.AuthenticationResult!.AccessToken,
            ProposedPassword = TestServer.Password + "2",
        }));
        Assert.Equal("Missing required parameter PreviousPassword", again.Message);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task A_pool_without_a_passwordless_first_factor_refuses_a_password_less_SignUp(string? password)
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t, mfa: "OPTIONAL", firstFactors: ["PASSWORD"]);
        var refused = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.SignUpAsync(WithoutPassword(pool, "tom", password)));
        Assert.StartsWith("Password is required", refused.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<UserNotFoundException>(() => t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "tom" }));

        // The default pool requires MFA, so it cannot offer a passwordless first factor either.
        var defaultPool = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = t.ClientId,
            Username = "ann",
            UserAttributes = [new AttributeType { Name = "email", Value = "ann@example.com" }],
        }));
        Assert.StartsWith("Password is required", defaultPool.Message, StringComparison.Ordinal);
    }
}
