using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests;

/// <summary>UpdateUserAttributes, DeleteUserAttributes, their Admin forms, GetUserAttributeVerificationCode and VerifyUserAttribute.</summary>
public sealed class AttributeUpdateTests
{
    private static AttributeType Attribute(string name, string value) => new() { Name = name, Value = value };

    [Fact]
    public async Task Changing_email_makes_it_unverified_and_sends_a_code_that_verifies_it()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var tokens = await pool.SignInAsync("tom");
        Assert.Equal("true", (await pool.AttributesAsync("tom"))["email_verified"]);

        var update = await t.Client.UpdateUserAttributesAsync(new UpdateUserAttributesRequest
        {
            AccessToken = tokens.AccessToken,
            UserAttributes = [Attribute("email", "new@example.org"), Attribute("name", "Tom")],
        });
        var delivery = Assert.Single(update.CodeDeliveryDetailsList);
        Assert.Equal("n***@e***", delivery.Destination);
        Assert.Equal("email", delivery.AttributeName);
        var changed = await pool.AttributesAsync("tom");
        Assert.Equal("new@example.org", changed["email"]);
        Assert.Equal("false", changed["email_verified"]);
        Assert.Equal("Tom", changed["name"]);
        var message = t.Server.Outbox.Last();
        Assert.Equal(("new@example.org", "VERIFICATION_CODE"), (message.Destination, message.Kind));

        var wrong = await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest
        {
            AccessToken = tokens.AccessToken, AttributeName = "email", Code = message.Code == "000000" ? "111111" : "000000",
        }));
        Assert.Equal("Invalid verification code provided, please try again.", wrong.Message);
        await t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest { AccessToken = tokens.AccessToken, AttributeName = "email", Code = message.Code });
        Assert.Equal("true", (await pool.AttributesAsync("tom"))["email_verified"]);
        var again = await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest
        {
            AccessToken = tokens.AccessToken, AttributeName = "email", Code = message.Code,
        }));
        Assert.Equal("Invalid verification code provided, please try again.", again.Message);
    }

    [Fact]
    public async Task With_verification_before_update_the_old_email_stays_until_the_new_one_is_verified()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t, verifyEmailBeforeUpdate: true);
        await pool.SignUpConfirmedAsync("tom");
        var tokens = await pool.SignInAsync("tom");

        await t.Client.UpdateUserAttributesAsync(new UpdateUserAttributesRequest
        {
            AccessToken = tokens.AccessToken,
            UserAttributes = [Attribute("email", "new@example.org")],
        });
        var pending = await pool.AttributesAsync("tom");
        Assert.Equal("tom@example.com", pending["email"]);
        Assert.Equal("true", pending["email_verified"]);
        var code = t.Server.Outbox.Last();
        Assert.Equal("new@example.org", code.Destination);

        await t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest { AccessToken = tokens.AccessToken, AttributeName = "email", Code = code.Code });
        var verified = await pool.AttributesAsync("tom");
        Assert.Equal("new@example.org", verified["email"]);
        Assert.Equal("true", verified["email_verified"]);
    }

    [Fact]
    public async Task A_verification_code_expires_after_24_hours_and_five_wrong_codes_hit_the_limit()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var tokens = await pool.SignInAsync("tom");
        var sent = await t.Client.GetUserAttributeVerificationCodeAsync(new GetUserAttributeVerificationCodeRequest
        {
            AccessToken = tokens.AccessToken, AttributeName = "email",
        });
        Assert.Equal("t***@e***", sent.CodeDeliveryDetails.Destination);
        var code = t.LatestCode("tom");
        t.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromSeconds(1));
        var fresh = await pool.SignInAsync("tom");
        var expired = await Assert.ThrowsAsync<ExpiredCodeException>(() => t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest
        {
            AccessToken = fresh.AccessToken, AttributeName = "email", Code = code,
        }));
        Assert.Equal("Invalid code provided, please request a code again.", expired.Message);

        await t.Client.GetUserAttributeVerificationCodeAsync(new GetUserAttributeVerificationCodeRequest { AccessToken = fresh.AccessToken, AttributeName = "email" });
        var right = t.LatestCode("tom");
        var wrongCode = right == "000000" ? "111111" : "000000";
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest
            {
                AccessToken = fresh.AccessToken, AttributeName = "email", Code = wrongCode,
            }));
        }

        await Assert.ThrowsAsync<LimitExceededException>(() => t.Client.VerifyUserAttributeAsync(new VerifyUserAttributeRequest
        {
            AccessToken = fresh.AccessToken, AttributeName = "email", Code = right,
        }));
    }

    [Fact]
    public async Task Admin_may_set_email_verified_with_a_new_email_and_no_code_is_sent()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t, verifyEmailBeforeUpdate: true);
        await pool.SignUpConfirmedAsync("tom");
        var before = t.Server.Outbox.Count;
        await t.Client.AdminUpdateUserAttributesAsync(new AdminUpdateUserAttributesRequest
        {
            UserPoolId = pool.PoolId,
            Username = "tom",
            UserAttributes = [Attribute("email", "admin@example.org"), Attribute("email_verified", "true"), Attribute("custom:plan", "gold")],
        });
        var attributes = await pool.AttributesAsync("tom");
        Assert.Equal("admin@example.org", attributes["email"]);
        Assert.Equal("true", attributes["email_verified"]);
        Assert.Equal("gold", attributes["custom:plan"]);
        Assert.Equal(before, t.Server.Outbox.Count);
    }

    [Fact]
    public async Task Deleting_attributes_removes_them_but_not_required_ones_and_the_next_id_token_lacks_them()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom", Attribute("name", "Tom"), Attribute("custom:plan", "gold"));
        var tokens = await pool.SignInAsync("tom");
        await t.Client.DeleteUserAttributesAsync(new DeleteUserAttributesRequest { AccessToken = tokens.AccessToken, UserAttributeNames = ["name"] });
        await t.Client.AdminDeleteUserAttributesAsync(new AdminDeleteUserAttributesRequest
        {
            UserPoolId = pool.PoolId, Username = "tom", UserAttributeNames = ["custom:plan"],
        });
        var attributes = await pool.AttributesAsync("tom");
        Assert.False(attributes.ContainsKey("name"));
        Assert.False(attributes.ContainsKey("custom:plan"));
        var id = new JsonWebToken((await pool.SignInAsync("tom")).IdToken);
        Assert.False(id.TryGetPayloadValue<string>("name", out _));

        var required = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.AdminDeleteUserAttributesAsync(new AdminDeleteUserAttributesRequest
        {
            UserPoolId = pool.PoolId, Username = "tom", UserAttributeNames = ["email"],
        }));
        Assert.Equal("Attributes did not conform to the schema: email: The attribute email is required", required.Message);
        var missing = await Assert.ThrowsAsync<UserNotFoundException>(() => t.Client.AdminUpdateUserAttributesAsync(new AdminUpdateUserAttributesRequest
        {
            UserPoolId = pool.PoolId, Username = "nobody", UserAttributes = [Attribute("name", "x")],
        }));
        Assert.Equal("User does not exist.", missing.Message);
    }
}
