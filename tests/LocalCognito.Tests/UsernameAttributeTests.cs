using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests;

/// <summary>UsernameAttributes: the email or phone number is the sign-in name, and Cognito names the user with its sub.</summary>
public sealed class UsernameAttributeTests
{
    [Fact]
    public async Task SignUp_needs_an_email_and_the_user_name_is_the_generated_sub()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, usernameAttributes: ["email"]);

        var refused = await Assert.ThrowsAsync<InvalidParameterException>(() => pool.SignUpAsync("ann"));
        Assert.Equal("Username should be an email.", refused.Message);

        var signUp = await pool.SignUpAsync("Ann@Example.com");
        var username = await pool.UsernameOfAsync("ann@example.com");
        Assert.Equal(signUp.UserSub, username);
        Assert.Equal("Ann@Example.com", (await pool.AttributesAsync(username))["email"]);
        Assert.Equal("A***@E***", signUp.CodeDeliveryDetails.Destination);

        await t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = pool.ClientId, Username = "ann@example.com", ConfirmationCode = t.LatestCode(username) });
        var tokens = await pool.SignInAsync("ANN@example.com");
        Assert.Equal(username, new JsonWebToken(tokens.AccessToken).GetPayloadValue<string>("username"));
        Assert.Equal(username, new JsonWebToken(tokens.IdToken).GetPayloadValue<string>("cognito:username"));
        Assert.Equal("Ann@Example.com", new JsonWebToken(tokens.IdToken).GetPayloadValue<string>("email"));
        Assert.NotNull(await pool.SignInAsync(username));
    }

    [Fact]
    public async Task An_email_belongs_to_one_user_from_sign_up_on()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, usernameAttributes: ["email"]);
        await pool.SignUpAsync("ann@example.com");

        var again = await Assert.ThrowsAsync<UsernameExistsException>(() => pool.SignUpAsync("ANN@example.com"));
        Assert.Equal("An account with the given email already exists.", again.Message);
        var byAdmin = await Assert.ThrowsAsync<UsernameExistsException>(() => t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = pool.PoolId,
            Username = "ann@example.com",
        }));
        Assert.Equal("An account with the given email already exists.", byAdmin.Message);

        await pool.SignUpConfirmedAsync("bob@example.com");
        var bob = await pool.SignInAsync("bob@example.com");
        var taken = await Assert.ThrowsAsync<AliasExistsException>(() => pool.UpdateAsync(bob.AccessToken, "email", "ann@example.com"));
        Assert.Equal("An account with the given email already exists.", taken.Message);
    }

    [Fact]
    public async Task A_changed_email_is_the_sign_in_name_at_once_without_verification_before_update()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, usernameAttributes: ["email"]);
        var username = await pool.SignUpConfirmedAsync("ann@example.com");
        var tokens = await pool.SignInAsync("ann@example.com");

        await pool.UpdateAsync(tokens.AccessToken, "email", "ann@new.example.com");

        Assert.NotNull(await pool.SignInAsync("ann@new.example.com"));
        Assert.Equal("false", (await pool.AttributesAsync(username))["email_verified"]);
        var old = await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("ann@example.com"));
        Assert.Equal("User does not exist.", old.Message);
    }

    [Fact]
    public async Task With_verification_before_update_the_old_email_signs_in_until_the_new_one_is_verified()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, usernameAttributes: ["email"], verifyBeforeUpdate: true);
        var username = await pool.SignUpConfirmedAsync("ann@example.com");
        var tokens = await pool.SignInAsync("ann@example.com");

        await pool.UpdateAsync(tokens.AccessToken, "email", "ann@new.example.com");
        Assert.NotNull(await pool.SignInAsync("ann@example.com"));
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("ann@new.example.com"));

        await pool.VerifyEmailAsync(tokens.AccessToken, username);
        Assert.NotNull(await pool.SignInAsync("ann@new.example.com"));
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("ann@example.com"));
    }

    [Fact]
    public async Task SRP_names_the_generated_user_in_USER_ID_FOR_SRP()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, usernameAttributes: ["email"]);
        var username = await pool.SignUpConfirmedAsync("ann@example.com");

        var (userIdForSrp, tokens) = await pool.SrpSignInAsync("Ann@Example.com");

        Assert.Equal(username, userIdForSrp);
        Assert.Equal(username, new JsonWebToken(tokens.IdToken).GetPayloadValue<string>("cognito:username"));
    }

    [Fact]
    public async Task ForgotPassword_and_admin_operations_take_the_email()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, usernameAttributes: ["email"]);
        var username = await pool.SignUpConfirmedAsync("ann@example.com");

        await t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = pool.ClientId, Username = "ann@example.com" });
        await t.Client.ConfirmForgotPasswordAsync(new ConfirmForgotPasswordRequest
        {
            ClientId = pool.ClientId,
            Username = "ann@example.com",
            ConfirmationCode = t.LatestCode(username),
            Password = "N3w-passw0rd",
        });
        var admin = await t.Client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = pool.PoolId,
            ClientId = pool.ClientId,
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "ann@example.com", ["PASSWORD"] = "N3w-passw0rd" },
        });
        Assert.False(string.IsNullOrEmpty(admin.AuthenticationResult.AccessToken));

        await t.Client.AdminDisableUserAsync(new AdminDisableUserRequest { UserPoolId = pool.PoolId, Username = "ann@example.com" });
        Assert.False((await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = username })).Enabled);
        await t.Client.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = pool.PoolId, Username = "ann@example.com" });
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.UsernameOfAsync(username));
    }

    [Fact]
    public async Task Phone_numbers_and_both_kinds_of_user_name()
    {
        await using var t = await TestServer.StartAsync();
        var phoneOnly = await SignInNamePool.CreateAsync(t, usernameAttributes: ["phone_number"]);
        var refused = await Assert.ThrowsAsync<InvalidParameterException>(() => phoneOnly.SignUpAsync("ann@example.com"));
        Assert.Equal("Username should be a phone number.", refused.Message);

        var both = await SignInNamePool.CreateAsync(t, usernameAttributes: ["email", "phone_number"]);
        var neither = await Assert.ThrowsAsync<InvalidParameterException>(() => both.SignUpAsync("ann"));
        Assert.Equal("Username should be either an email or a phone number.", neither.Message);

        await both.SignUpAsync("+15555550100", ("email", "ann@example.com"));
        var username = await both.UsernameOfAsync("+15555550100");
        Assert.Equal(username, await both.UsernameOfAsync("ann@example.com"));
        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = both.PoolId, Username = "+15555550100" });
        Assert.NotNull(await both.SignInAsync("+15555550100"));
        Assert.NotNull(await both.SignInAsync("ann@example.com"));
        var taken = await Assert.ThrowsAsync<UsernameExistsException>(() => both.SignUpAsync("+15555550100"));
        Assert.Equal("An account with the given phone_number already exists.", taken.Message);
    }

    [Fact]
    public async Task The_email_given_as_user_name_fills_a_required_email_attribute()
    {
        await using var t = await TestServer.StartAsync();
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "email-required",
            UsernameAttributes = ["email"],
            Schema = [new SchemaAttributeType { Name = "email", AttributeDataType = AttributeDataType.String, Required = true, Mutable = true }],
        })).UserPool;
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = pool.Id, ClientName = "app" })).UserPoolClient;

        var signUp = await t.Client.SignUpAsync(new SignUpRequest { ClientId = client.ClientId, Username = "ann@example.com", Password = TestServer.Password });

        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.Id, Username = signUp.UserSub });
        Assert.Equal("ann@example.com", user.UserAttributes.Single(attribute => attribute.Name == "email").Value);
    }
}
