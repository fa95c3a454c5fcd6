using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests;

/// <summary>Groups, memberships, pagination and the cognito:groups / cognito:roles claims.</summary>
public sealed class GroupTests
{
    private static Task<CreateGroupResponse> CreateAsync(TestServer t, string name, int? precedence = null, string? roleArn = null) =>
        t.Client.CreateGroupAsync(new CreateGroupRequest
        {
            UserPoolId = t.PoolId, GroupName = name, Precedence = precedence, RoleArn = roleArn, Description = name + " group",
        });

    private static Task AddAsync(TestServer t, string user, string group) =>
        t.Client.AdminAddUserToGroupAsync(new AdminAddUserToGroupRequest { UserPoolId = t.PoolId, Username = user, GroupName = group });

    [Fact]
    public async Task Groups_are_created_read_updated_listed_by_page_and_deleted()
    {
        await using var t = await TestServer.StartAsync();
        var created = (await CreateAsync(t, "admins", 1, "arn:aws:iam::000000000000:role/Admins")).Group;
        Assert.Equal(("admins", t.PoolId, 1, "admins group"), (created.GroupName, created.UserPoolId, created.Precedence, created.Description));
        var duplicate = await Assert.ThrowsAsync<GroupExistsException>(() => CreateAsync(t, "admins"));
        Assert.Equal("A group with the name admins already exists.", duplicate.Message);
        await CreateAsync(t, "editors");
        await CreateAsync(t, "viewers");

        var updated = (await t.Client.UpdateGroupAsync(new UpdateGroupRequest { UserPoolId = t.PoolId, GroupName = "admins", Precedence = 5 })).Group;
        Assert.Equal((5, "admins group", "arn:aws:iam::000000000000:role/Admins"), (updated.Precedence, updated.Description, updated.RoleArn));
        Assert.Equal(5, (await t.Client.GetGroupAsync(new GetGroupRequest { UserPoolId = t.PoolId, GroupName = "admins" })).Group.Precedence);

        var first = await t.Client.ListGroupsAsync(new ListGroupsRequest { UserPoolId = t.PoolId, Limit = 2 });
        Assert.Equal(["admins", "editors"], first.Groups.Select(group => group.GroupName).ToList());
        Assert.NotNull(first.NextToken);
        var second = await t.Client.ListGroupsAsync(new ListGroupsRequest { UserPoolId = t.PoolId, Limit = 2, NextToken = first.NextToken });
        Assert.Equal(["viewers"], second.Groups.Select(group => group.GroupName).ToList());
        Assert.Null(second.NextToken);

        await t.Client.DeleteGroupAsync(new DeleteGroupRequest { UserPoolId = t.PoolId, GroupName = "viewers" });
        var gone = await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.GetGroupAsync(new GetGroupRequest { UserPoolId = t.PoolId, GroupName = "viewers" }));
        Assert.Equal("Group not found.", gone.Message);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.DeleteGroupAsync(new DeleteGroupRequest { UserPoolId = t.PoolId, GroupName = "viewers" }));
    }

    [Fact]
    public async Task Memberships_are_listed_both_ways_and_removed_with_the_user_or_the_group()
    {
        await using var t = await TestServer.StartAsync();
        await CreateAsync(t, "admins");
        await CreateAsync(t, "editors");
        foreach (var name in new[] { "ann", "bob", "cat" })
        {
            await t.SignUpConfirmedAsync(name);
            await AddAsync(t, name, "editors");
        }

        await AddAsync(t, "ann", "admins");
        await AddAsync(t, "ann", "admins"); // adding again changes nothing
        var annGroups = await t.Client.AdminListGroupsForUserAsync(new AdminListGroupsForUserRequest { UserPoolId = t.PoolId, Username = "ann" });
        Assert.Equal(["admins", "editors"], annGroups.Groups.Select(group => group.GroupName).ToList());

        var page = await t.Client.ListUsersInGroupAsync(new ListUsersInGroupRequest { UserPoolId = t.PoolId, GroupName = "editors", Limit = 2 });
        Assert.Equal(["ann", "bob"], page.Users.Select(user => user.Username).ToList());
        Assert.True(page.Users[0].Enabled);
        var rest = await t.Client.ListUsersInGroupAsync(new ListUsersInGroupRequest { UserPoolId = t.PoolId, GroupName = "editors", Limit = 2, NextToken = page.NextToken });
        Assert.Equal(["cat"], rest.Users.Select(user => user.Username).ToList());

        await t.Client.AdminRemoveUserFromGroupAsync(new AdminRemoveUserFromGroupRequest { UserPoolId = t.PoolId, Username = "bob", GroupName = "editors" });
        await t.Client.DeleteGroupAsync(new DeleteGroupRequest { UserPoolId = t.PoolId, GroupName = "admins" });
        await CreateAsync(t, "admins"); // a new group of the same name starts empty
        var editors = await t.Client.ListUsersInGroupAsync(new ListUsersInGroupRequest { UserPoolId = t.PoolId, GroupName = "editors" });
        Assert.Equal(["ann", "cat"], editors.Users.Select(user => user.Username).ToList());
        Assert.Empty((await t.Client.ListUsersInGroupAsync(new ListUsersInGroupRequest { UserPoolId = t.PoolId, GroupName = "admins" })).Users);

        var noGroup = await Assert.ThrowsAsync<ResourceNotFoundException>(() => AddAsync(t, "ann", "nope"));
        Assert.Equal("Group not found.", noGroup.Message);
        var noUser = await Assert.ThrowsAsync<UserNotFoundException>(() => AddAsync(t, "nobody", "editors"));
        Assert.Equal("User does not exist.", noUser.Message);
    }

    [Fact]
    public async Task Tokens_carry_cognito_groups_by_precedence_and_the_preferred_role()
    {
        await using var t = await TestServer.StartAsync();
        await CreateAsync(t, "zeta", 0, "arn:aws:iam::000000000000:role/Zeta");
        await CreateAsync(t, "alpha");
        await CreateAsync(t, "beta", 3, "arn:aws:iam::000000000000:role/Beta");
        var (secret, before) = await t.EnrolledUserAsync("tom");
        Assert.False(new JsonWebToken(before.AccessToken).TryGetPayloadValue<object>("cognito:groups", out _));
        foreach (var group in new[] { "alpha", "beta", "zeta" })
        {
            await AddAsync(t, "tom", group);
        }

        var tokens = await SignInWithCodeAsync(t, secret);
        var access = new JsonWebToken(tokens.AccessToken);
        var id = new JsonWebToken(tokens.IdToken);
        Assert.Equal(["zeta", "beta", "alpha"], access.GetPayloadValue<List<string>>("cognito:groups"));
        Assert.Equal(["zeta", "beta", "alpha"], id.GetPayloadValue<List<string>>("cognito:groups"));
        Assert.Equal(["arn:aws:iam::000000000000:role/Zeta", "arn:aws:iam::000000000000:role/Beta"], id.GetPayloadValue<List<string>>("cognito:roles"));
        Assert.Equal("arn:aws:iam::000000000000:role/Zeta", id.GetPayloadValue<string>("cognito:preferred_role"));
        Assert.False(access.TryGetPayloadValue<object>("cognito:roles", out _));
    }

    private static async Task<AuthenticationResultType> SignInWithCodeAsync(TestServer t, string secret)
    {
        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        return (await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = Amazon.CognitoIdentityProvider.ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        })).AuthenticationResult;
    }
}
