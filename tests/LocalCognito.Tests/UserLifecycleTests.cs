using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class UserLifecycleTests
{
    [Fact]
    public async Task DeleteUser_removes_the_user_and_its_tokens()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        await t.Client.DeleteUserAsync(new DeleteUserRequest { AccessToken = tokens.AccessToken });

        var gone = await Assert.ThrowsAsync<UserNotFoundException>(() => t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" }));
        Assert.Equal("User does not exist.", gone.Message);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken }));
    }

    [Fact]
    public async Task AdminDeleteUser_removes_the_user_and_a_second_delete_is_not_found()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        await t.Client.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = t.PoolId, Username = "TOM" });
        var error = await Assert.ThrowsAsync<UserNotFoundException>(() =>
            t.Client.AdminDeleteUserAsync(new AdminDeleteUserRequest { UserPoolId = t.PoolId, Username = "tom" }));
        Assert.Equal("User does not exist.", error.Message);
        await t.SignUpAsync("tom"); // the name is free again
    }

    [Fact]
    public async Task AdminCreateUser_then_NEW_PASSWORD_REQUIRED_then_MFA_SETUP()
    {
        await using var t = await TestServer.StartAsync();
        var created = await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = t.PoolId,
            Username = "ann",
            TemporaryPassword = "Temp0rary!",
            UserAttributes = [new AttributeType { Name = "email", Value = "ann@example.com" }],
        });
        Assert.Equal("FORCE_CHANGE_PASSWORD", created.User.UserStatus.Value);
        var first = await t.PasswordAuthAsync("ann", "Temp0rary!");
        Assert.Equal(ChallengeNameType.NEW_PASSWORD_REQUIRED, first.ChallengeName);
        var next = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = first.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "N3wPassword!" },
        });
        Assert.Equal(ChallengeNameType.MFA_SETUP, next.ChallengeName);
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("ann", "N3wPassword!")).ChallengeName);
    }

    [Fact]
    public async Task AdminSetUserPassword_permanent_makes_the_user_confirmed_with_the_new_password()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("tom");
        await t.Client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = t.PoolId, Username = "tom", Password = "An0therPass!", Permanent = true });
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("tom"));
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await t.PasswordAuthAsync("tom", "An0therPass!")).ChallengeName);
    }
}
