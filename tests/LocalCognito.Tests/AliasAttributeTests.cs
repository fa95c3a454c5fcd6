using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests;

/// <summary>AliasAttributes: a verified email or phone number, or a preferred_username, signs in besides the user name.</summary>
public sealed class AliasAttributeTests
{
    [Fact]
    public async Task A_verified_email_alias_signs_in_and_an_unverified_one_does_not()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, aliasAttributes: ["email"]);
        var refused = await Assert.ThrowsAsync<InvalidParameterException>(() => pool.SignUpAsync("ann@example.com", ("email", "ann@example.com")));
        Assert.Equal("Username cannot be of email format, since user pool is configured for email alias.", refused.Message);

        await pool.SignUpConfirmedAsync("ann", ("email", "Ann@Example.com"));
        var tokens = await pool.SignInAsync("ann@example.com");
        Assert.Equal("ann", new JsonWebToken(tokens.IdToken).GetPayloadValue<string>("cognito:username"));
        Assert.Equal("ann", (await pool.SrpSignInAsync("ANN@EXAMPLE.COM")).UserIdForSrp);

        await pool.SignUpAsync("bob", ("email", "bob@example.com"));
        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.PoolId, Username = "bob" });
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("bob@example.com"));
        Assert.NotNull(await pool.SignInAsync("bob"));
    }

    [Fact]
    public async Task ConfirmSignUp_refuses_a_verified_alias_another_user_holds_unless_forced()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, aliasAttributes: ["email"]);
        await pool.SignUpConfirmedAsync("ann", ("email", "shared@example.com"));
        await pool.SignUpAsync("bob", ("email", "shared@example.com"));

        var taken = await Assert.ThrowsAsync<AliasExistsException>(() => t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = pool.ClientId,
            Username = "bob",
            ConfirmationCode = t.LatestCode("bob"),
        }));
        Assert.Equal("An account with the given email already exists.", taken.Message);
        Assert.Equal("UNCONFIRMED", (await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "bob" })).UserStatus.Value);

        await t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = pool.ClientId,
            Username = "bob",
            ConfirmationCode = t.LatestCode("bob"),
            ForceAliasCreation = true,
        });
        Assert.Equal("bob", new JsonWebToken((await pool.SignInAsync("shared@example.com")).IdToken).GetPayloadValue<string>("cognito:username"));
        Assert.Equal("false", (await pool.AttributesAsync("ann"))["email_verified"]);
    }

    [Fact]
    public async Task AdminCreateUser_with_a_verified_alias_is_refused_or_moves_it_with_ForceAliasCreation()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, aliasAttributes: ["email"]);
        await pool.SignUpConfirmedAsync("ann", ("email", "shared@example.com"));
        AdminCreateUserRequest Create(bool force) => new()
        {
            UserPoolId = pool.PoolId,
            Username = "carl",
            MessageAction = MessageActionType.SUPPRESS,
            ForceAliasCreation = force,
            UserAttributes = [new AttributeType { Name = "email", Value = "shared@example.com" }, new AttributeType { Name = "email_verified", Value = "true" }],
        };

        var taken = await Assert.ThrowsAsync<AliasExistsException>(() => t.Client.AdminCreateUserAsync(Create(force: false)));
        Assert.Equal("An account with the given email already exists.", taken.Message);
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.UsernameOfAsync("carl"));

        await t.Client.AdminCreateUserAsync(Create(force: true));
        Assert.Equal("carl", await pool.UsernameOfAsync("shared@example.com"));
        Assert.Equal("false", (await pool.AttributesAsync("ann"))["email_verified"]);
    }

    [Fact]
    public async Task VerifyUserAttribute_refuses_an_email_another_user_signs_in_with()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, aliasAttributes: ["email"]);
        await pool.SignUpConfirmedAsync("ann", ("email", "ann@example.com"));
        await pool.SignUpConfirmedAsync("bob", ("email", "bob@example.com"));
        var bob = await pool.SignInAsync("bob");

        await pool.UpdateAsync(bob.AccessToken, "email", "ann@example.com");
        var taken = await Assert.ThrowsAsync<AliasExistsException>(() => pool.VerifyEmailAsync(bob.AccessToken, "bob"));

        Assert.Equal("An account with the given email already exists.", taken.Message);
        Assert.Equal("ann", await pool.UsernameOfAsync("ann@example.com"));
    }

    [Fact]
    public async Task Preferred_username_signs_in_once_confirmed_and_belongs_to_one_user()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, aliasAttributes: ["preferred_username"]);
        await pool.SignUpConfirmedAsync("ann", ("email", "ann@example.com"), ("preferred_username", "Annie"));
        await pool.SignUpAsync("bob", ("email", "bob@example.com"), ("preferred_username", "bobby"));

        Assert.Equal("ann", new JsonWebToken((await pool.SignInAsync("annie")).IdToken).GetPayloadValue<string>("cognito:username"));
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("bobby"));

        var ann = await pool.SignInAsync("ann");
        await pool.UpdateAsync(ann.AccessToken, "preferred_username", "ann-marie");
        Assert.NotNull(await pool.SignInAsync("ANN-MARIE"));
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("annie"));

        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = pool.PoolId, Username = "bob" });
        var bob = await pool.SignInAsync("bobby");
        var taken = await Assert.ThrowsAsync<AliasExistsException>(() => pool.UpdateAsync(bob.AccessToken, "preferred_username", "ann-marie"));
        Assert.Equal("An account with the given preferred_username already exists.", taken.Message);
    }

    [Fact]
    public async Task UsernameAttributes_and_AliasAttributes_cannot_be_combined()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            SignInNamePool.CreateAsync(t, usernameAttributes: ["email"], aliasAttributes: ["preferred_username"]));
        Assert.Equal("Only one of the aliasAttributes or usernameAttributes can be set in a User Pool.", error.Message);
    }

    [Fact]
    public async Task A_case_sensitive_pool_compares_user_names_and_aliases_exactly()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await SignInNamePool.CreateAsync(t, aliasAttributes: ["email"], caseSensitive: true);
        await pool.SignUpConfirmedAsync("Ann", ("email", "Ann@Example.com"));
        await pool.SignUpConfirmedAsync("ann", ("email", "ann@example.com"));

        Assert.Equal("Ann", new JsonWebToken((await pool.SignInAsync("Ann@Example.com")).IdToken).GetPayloadValue<string>("cognito:username"));
        Assert.Equal("ann", new JsonWebToken((await pool.SignInAsync("ann@example.com")).IdToken).GetPayloadValue<string>("cognito:username"));
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("ANN"));
        await Assert.ThrowsAsync<UserNotFoundException>(() => pool.SignInAsync("ANN@example.com"));
    }
}
