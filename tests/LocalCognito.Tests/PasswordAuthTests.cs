using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class PasswordAuthTests
{
    [Fact]
    public async Task A_confirmed_user_without_mfa_gets_MFA_SETUP_with_the_factors_as_a_json_string()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var response = await t.PasswordAuthAsync("tom");

        Assert.Equal(ChallengeNameType.MFA_SETUP, response.ChallengeName);
        Assert.Equal("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]", response.ChallengeParameters["MFAS_CAN_SETUP"]);
        Assert.False(string.IsNullOrEmpty(response.Session));
        Assert.Null(response.AuthenticationResult);
    }

    [Fact]
    public async Task ADMIN_USER_PASSWORD_AUTH_works_through_AdminInitiateAuth()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var response = await t.Client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = t.PoolId,
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = TestServer.Password },
        });
        Assert.Equal(ChallengeNameType.MFA_SETUP, response.ChallengeName);
    }

    [Fact]
    public async Task A_wrong_password_is_not_authorized()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("tom", "Wr0ngPass!"));
        Assert.Equal("Incorrect username or password.", error.Message);
    }

    [Fact]
    public async Task An_unknown_user_is_hidden_behind_not_authorized_when_existence_errors_are_prevented()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("nobody"));
        Assert.Equal("Incorrect username or password.", error.Message);
    }

    [Fact]
    public async Task An_unknown_user_is_user_not_found_on_a_client_without_prevention()
    {
        await using var t = await TestServer.StartAsync();
        var clientId = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "legacy",
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"],
        })).UserPoolClient.ClientId;
        var error = await Assert.ThrowsAsync<UserNotFoundException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "nobody", ["PASSWORD"] = TestServer.Password },
        }));
        Assert.Equal("User does not exist.", error.Message);
    }

    [Fact]
    public async Task An_unconfirmed_user_with_the_right_password_is_not_confirmed()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        var error = await Assert.ThrowsAsync<UserNotConfirmedException>(() => t.PasswordAuthAsync("tom"));
        Assert.Equal("User is not confirmed.", error.Message);
    }

    [Fact]
    public async Task The_admin_flow_on_InitiateAuth_is_not_supported()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = TestServer.Password },
        }));
        Assert.Equal("Initiate Auth method not supported.", error.Message);
    }

    [Theory]
    [InlineData("USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH flow not enabled for this client")]
    [InlineData("USER_SRP_AUTH", "USER_SRP_AUTH is not enabled for the client.")]
    public async Task A_flow_missing_from_ExplicitAuthFlows_is_an_invalid_parameter(string flow, string message)
    {
        await using var t = await TestServer.StartAsync();
        var clientId = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "narrow",
            ExplicitAuthFlows = ["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_ADMIN_USER_PASSWORD_AUTH"],
        })).UserPoolClient.ClientId;
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = new AuthFlowType(flow),
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = TestServer.Password, ["SRP_A"] = "01" },
        }));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task The_admin_flow_missing_from_ExplicitAuthFlows_is_an_invalid_parameter()
    {
        await using var t = await TestServer.StartAsync();
        var clientId = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "narrow",
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"],
        })).UserPoolClient.ClientId;
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = t.PoolId,
            ClientId = clientId,
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = TestServer.Password },
        }));
        Assert.Equal("Auth flow not enabled for this client", error.Message);
    }
}
