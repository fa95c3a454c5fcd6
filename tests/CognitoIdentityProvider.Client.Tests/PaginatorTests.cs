using Amazon.CognitoIdentityProvider.Model;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Paginators follow the service's tokens until the last page and expose pages and items.</summary>
public sealed class PaginatorTests
{
    [Fact]
    public async Task ListUsersResponsesFollowThePaginationToken()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"Users":[{"Username":"a"},{"Username":"b"}],"PaginationToken":"page-2"}""");
        server.EnqueueJson("""{"Users":[{"Username":"c"}]}""");
        using var client = TestClients.For(server);

        var pages = new List<ListUsersResponse>();
        await foreach (var page in client.Paginators.ListUsers(new ListUsersRequest { UserPoolId = "us-east-1_AbC123xyZ", Limit = 2 }).Responses)
        {
            pages.Add(page);
        }

        Assert.Equal([2, 1], pages.Select(p => p.Users.Count));
        Assert.Null(server.Requests[0].Json!["PaginationToken"]);
        Assert.Equal("page-2", (string?)server.Requests[1].Json!["PaginationToken"]);
        Assert.Equal(2, (int)server.Requests[1].Json!["Limit"]!);
    }

    [Fact]
    public async Task ListUsersItemsSpanAllPages()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"Users":[{"Username":"a"}],"PaginationToken":"t"}""");
        server.EnqueueJson("""{"PaginationToken":""}""");
        using var client = TestClients.For(server);

        var names = new List<string>();
        await foreach (var user in client.Paginators.ListUsers(new ListUsersRequest { UserPoolId = "p" }).Users)
        {
            names.Add(user.Username);
        }

        Assert.Equal(["a"], names);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task ListUserPoolsItemsUseNextToken()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"UserPools":[{"Id":"p1"}],"NextToken":"n"}""");
        server.EnqueueJson("""{"UserPools":[{"Id":"p2"}]}""");
        using var client = TestClients.For(server);

        var ids = new List<string>();
        await foreach (var pool in client.Paginators.ListUserPools(new ListUserPoolsRequest { MaxResults = 1 }).UserPools)
        {
            ids.Add(pool.Id);
        }

        Assert.Equal(["p1", "p2"], ids);
        Assert.Equal("n", (string?)server.Requests[1].Json!["NextToken"]);
    }

    [Fact]
    public async Task ListGroupsItemsFollowNextTokenAndKeepTheLimit()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"Groups":[{"GroupName":"admins"},{"GroupName":"readers"}],"NextToken":"g-2"}""");
        server.EnqueueJson("""{"Groups":[{"GroupName":"writers"}]}""");
        using var client = TestClients.For(server);

        var names = new List<string>();
        await foreach (var group in client.Paginators.ListGroups(new ListGroupsRequest { UserPoolId = "p", Limit = 2 }).Groups)
        {
            names.Add(group.GroupName);
        }

        Assert.Equal(["admins", "readers", "writers"], names);
        Assert.Null(server.Requests[0].Json!["NextToken"]);
        Assert.Equal("g-2", (string?)server.Requests[1].Json!["NextToken"]);
        Assert.Equal(2, (int)server.Requests[1].Json!["Limit"]!);
    }

    [Fact]
    public async Task ListUsersInGroupResponsesStopWhenTheTokenIsGone()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"Users":[{"Username":"a"}],"NextToken":"u-2"}""");
        server.EnqueueJson("""{"Users":[{"Username":"b"}],"NextToken":"u-3"}""");
        server.EnqueueJson("""{"Users":[]}""");
        using var client = TestClients.For(server);

        var pages = new List<ListUsersInGroupResponse>();
        await foreach (var page in client.Paginators.ListUsersInGroup(new ListUsersInGroupRequest { UserPoolId = "p", GroupName = "admins" }).Responses)
        {
            pages.Add(page);
        }

        Assert.Equal([1, 1, 0], pages.Select(p => p.Users.Count));
        Assert.Equal(["admins", "admins", "admins"], server.Requests.Select(r => (string?)r.Json!["GroupName"]));
        Assert.Equal("u-3", (string?)server.Requests[2].Json!["NextToken"]);
    }

    [Fact]
    public async Task AdminListGroupsForUserStartsFromTheGivenToken()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"Groups":[{"GroupName":"admins"}]}""");
        using var client = TestClients.For(server);

        var names = new List<string>();
        var request = new AdminListGroupsForUserRequest { UserPoolId = "p", Username = "alice", NextToken = "resume-here" };
        await foreach (var group in client.Paginators.AdminListGroupsForUser(request).Groups)
        {
            names.Add(group.GroupName);
        }

        Assert.Equal(["admins"], names);
        Assert.Equal("resume-here", (string?)server.SingleRequest.Json!["NextToken"]);
        Assert.Equal("alice", (string?)server.SingleRequest.Json!["Username"]);
    }

    [Fact]
    public async Task APaginatorCannotBeEnumeratedTwice()
    {
        await using var server = FakeCognitoServer.Start();
        using var client = TestClients.For(server);
        var paginator = client.Paginators.ListUserPoolClients(new ListUserPoolClientsRequest { UserPoolId = "p" });
        await foreach (var _ in paginator.Responses)
        {
        }

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in paginator.UserPoolClients)
            {
            }
        });
    }
}
