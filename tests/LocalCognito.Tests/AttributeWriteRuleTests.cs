using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests;

/// <summary>Issue 15, claim injection: who may write which attribute, on SignUp and on updates.</summary>
public sealed class AttributeWriteRuleTests
{
    private const string Unauthorized = "A client attempted to write unauthorized attribute";

    private static AttributeType Attribute(string name, string value) => new() { Name = name, Value = value };

    private static Task<SignUpResponse> SignUpAsync(TestServer t, string clientId, params AttributeType[] extra) =>
        t.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = clientId,
            Username = "mallory",
            Password = TestServer.Password,
            UserAttributes = [Attribute("email", "mallory@example.com"), .. extra],
        });

    [Theory]
    [InlineData("cognito:groups", "admins")]
    [InlineData("email_verified", "true")]
    [InlineData("phone_number_verified", "true")]
    [InlineData("sub", "00000000-0000-0000-0000-000000000000")]
    public async Task SignUp_refuses_attributes_a_client_may_not_write(string name, string value)
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => SignUpAsync(t, t.ClientId, Attribute(name, value)));
        Assert.Equal(Unauthorized, error.Message);
        await Assert.ThrowsAsync<UserNotFoundException>(() => t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "mallory" }));
    }

    [Fact]
    public async Task SignUp_refuses_undeclared_custom_attributes()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => SignUpAsync(t, t.ClientId, Attribute("custom:role", "admin")));
        Assert.Equal("Attributes did not conform to the schema: Type for attribute {custom:role} could not be determined", error.Message);
    }

    [Fact]
    public async Task An_unconfirmed_user_has_no_verified_email_and_tokens_carry_only_what_the_store_holds()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await t.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = pool.ClientId, Username = "ann", Password = TestServer.Password, UserAttributes = [Attribute("email", "ann@example.com")],
        });
        Assert.False((await pool.AttributesAsync("ann")).ContainsKey("email_verified"));
        await t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = pool.ClientId, Username = "ann", ConfirmationCode = t.LatestCode("ann") });
        var id = new JsonWebToken((await pool.SignInAsync("ann")).IdToken);
        Assert.True(id.GetPayloadValue<bool>("email_verified"));
        Assert.False(id.TryGetPayloadValue<object>("cognito:groups", out _));
    }

    [Fact]
    public async Task UpdateUserAttributes_refuses_verified_flags_sub_immutable_and_unknown_attributes()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom", Attribute("custom:tier", "free"));
        var token = (await pool.SignInAsync("tom")).AccessToken;
        Task Update(string name, string value) =>
            t.Client.UpdateUserAttributesAsync(new UpdateUserAttributesRequest { AccessToken = token, UserAttributes = [Attribute(name, value)] });

        Assert.Equal(Unauthorized, (await Assert.ThrowsAsync<NotAuthorizedException>(() => Update("email_verified", "false"))).Message);
        Assert.Equal(Unauthorized, (await Assert.ThrowsAsync<NotAuthorizedException>(() => Update("cognito:groups", "admins"))).Message);
        Assert.Equal(Unauthorized, (await Assert.ThrowsAsync<NotAuthorizedException>(() => Update("sub", "x"))).Message);
        Assert.Equal("user.custom:tier: Attribute cannot be updated.",
            (await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:tier", "gold"))).Message);
        Assert.Equal("Attributes did not conform to the schema: Type for attribute {custom:role} could not be determined",
            (await Assert.ThrowsAsync<InvalidParameterException>(() => Update("custom:role", "admin"))).Message);
        Assert.Equal("free", (await pool.AttributesAsync("tom"))["custom:tier"]);

        // The administrator may not change an immutable attribute either, nor sub.
        var admin = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.AdminUpdateUserAttributesAsync(new AdminUpdateUserAttributesRequest
        {
            UserPoolId = pool.PoolId, Username = "tom", UserAttributes = [Attribute("sub", "x")],
        }));
        Assert.Equal("user.sub: Attribute cannot be updated.", admin.Message);
    }

    [Fact]
    public async Task A_client_writes_only_its_WriteAttributes_and_reads_only_its_ReadAttributes()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t, readAttributes: ["email", "email_verified"], writeAttributes: ["email"]);
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => SignUpAsync(t, pool.ClientId, Attribute("name", "Mallory")));
        Assert.Equal(Unauthorized, error.Message);
        await pool.SignUpConfirmedAsync("tom");
        await t.Client.AdminUpdateUserAttributesAsync(new AdminUpdateUserAttributesRequest
        {
            UserPoolId = pool.PoolId, Username = "tom", UserAttributes = [Attribute("name", "Tom")],
        });

        var tokens = await pool.SignInAsync("tom");
        var id = new JsonWebToken(tokens.IdToken);
        Assert.Equal("tom@example.com", id.GetPayloadValue<string>("email"));
        Assert.False(id.TryGetPayloadValue<string>("name", out _));
        var user = await t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken });
        Assert.Equal(["email", "email_verified", "sub"], user.UserAttributes.Select(attribute => attribute.Name).Order().ToList());

        var described = await t.Client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = pool.PoolId, ClientId = pool.ClientId });
        Assert.Equal(["email"], described.UserPoolClient.WriteAttributes);
    }

    [Fact]
    public async Task CreateUserPoolClient_refuses_attributes_the_pool_does_not_have()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId, ClientName = "bad", WriteAttributes = ["custom:role"],
        }));
        Assert.Equal("Invalid write attributes specified while creating a client", error.Message);
    }
}
