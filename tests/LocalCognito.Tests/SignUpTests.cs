using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class SignUpTests
{
    [Fact]
    public async Task SignUp_creates_an_unconfirmed_user_and_sends_a_masked_code()
    {
        await using var t = await TestServer.StartAsync();
        var response = await t.SignUpAsync("tom", email: "tom@example.com");

        Assert.False(response.UserConfirmed);
        Assert.True(Guid.TryParse(response.UserSub, out _));
        Assert.Equal("t***@e***", response.CodeDeliveryDetails.Destination);
        Assert.Equal("EMAIL", response.CodeDeliveryDetails.DeliveryMedium.Value);
        Assert.Equal("email", response.CodeDeliveryDetails.AttributeName);
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal("UNCONFIRMED", user.UserStatus.Value);
        Assert.Contains(user.UserAttributes, a => a.Name == "sub" && a.Value == response.UserSub);
        Assert.Matches("^[0-9]{6}$", t.LatestCode("tom"));
    }

    [Fact]
    public async Task SignUp_of_an_existing_username_fails_case_insensitively()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("Tom");
        var error = await Assert.ThrowsAsync<UsernameExistsException>(() => t.SignUpAsync("tom"));
        Assert.Equal("User already exists", error.Message);
    }

    [Theory]
    [InlineData("Sh0rt!", "Password did not conform with policy: Password not long enough")]
    [InlineData("passw0rd!", "Password did not conform with policy: Password must have uppercase characters")]
    [InlineData("PASSW0RD!", "Password did not conform with policy: Password must have lowercase characters")]
    [InlineData("Password!", "Password did not conform with policy: Password must have numeric characters")]
    [InlineData("Passw0rdd", "Password did not conform with policy: Password must have symbol characters")]
    public async Task SignUp_enforces_the_password_policy(string password, string message)
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidPasswordException>(() => t.SignUpAsync("tom", password));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task SignUp_with_an_unknown_client_is_resource_not_found()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = "nosuchclient",
            Username = "tom",
            Password = TestServer.Password,
        }));
        Assert.Equal("User pool client nosuchclient does not exist.", error.Message);
    }

    [Fact]
    public async Task SignUp_without_the_required_email_is_rejected()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = t.ClientId,
            Username = "tom",
            Password = TestServer.Password,
        }));
        Assert.Contains("email", error.Message);
    }
}
