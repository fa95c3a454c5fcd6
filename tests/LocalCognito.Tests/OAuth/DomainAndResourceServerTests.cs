using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests.OAuth;

/// <summary>The user pool domain and resource server operations through the project's Cognito client.</summary>
public sealed class DomainAndResourceServerTests
{
    [Fact]
    public async Task A_prefix_domain_is_created_described_updated_and_deleted()
    {
        await using var t = await TestServer.StartAsync();
        var defaultDomain = (await t.Client.DescribeUserPoolDomainAsync(new DescribeUserPoolDomainRequest { Domain = "mfa-scenario" })).DomainDescription;
        Assert.Equal((t.PoolId, 2), (defaultDomain.UserPoolId, defaultDomain.ManagedLoginVersion));
        await t.Client.DeleteUserPoolDomainAsync(new DeleteUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "mfa-scenario" });
        var created = await t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "shop", ManagedLoginVersion = 2 });
        Assert.Equal(2, created.ManagedLoginVersion);

        var described = (await t.Client.DescribeUserPoolDomainAsync(new DescribeUserPoolDomainRequest { Domain = "shop" })).DomainDescription;
        Assert.Equal((t.PoolId, "shop", "ACTIVE", 2), (described.UserPoolId, described.Domain, described.Status.Value, described.ManagedLoginVersion));
        Assert.Equal("shop", (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = t.PoolId })).UserPool.Domain);

        await t.Client.UpdateUserPoolDomainAsync(new UpdateUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "shop", ManagedLoginVersion = 1 });
        Assert.Equal(1, (await t.Client.DescribeUserPoolDomainAsync(new DescribeUserPoolDomainRequest { Domain = "shop" })).DomainDescription.ManagedLoginVersion);

        await t.Client.DeleteUserPoolDomainAsync(new DeleteUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "shop" });
        var gone = (await t.Client.DescribeUserPoolDomainAsync(new DescribeUserPoolDomainRequest { Domain = "shop" })).DomainDescription;
        Assert.Null(gone.Domain);
        var again = await Assert.ThrowsAsync<InvalidParameterException>(
            () => t.Client.DeleteUserPoolDomainAsync(new DeleteUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "shop" }));
        Assert.Equal("No such domain or user pool exists.", again.Message);
    }

    [Fact]
    public async Task Domain_errors()
    {
        await using var t = await TestServer.StartAsync();
        await t.Client.DeleteUserPoolDomainAsync(new DeleteUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "mfa-scenario" });
        await t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "first" });
        var second = await Assert.ThrowsAsync<InvalidParameterException>(
            () => t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = t.PoolId, Domain = "second" }));
        Assert.Equal("User pool already has a domain configured.", second.Message);

        var other = await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "other" });
        var taken = await Assert.ThrowsAsync<InvalidParameterException>(
            () => t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = other.UserPool.Id, Domain = "first" }));
        Assert.Equal("Domain already associated with another user pool.", taken.Message);

        var reserved = await Assert.ThrowsAsync<InvalidParameterException>(
            () => t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = other.UserPool.Id, Domain = "my-cognito" }));
        Assert.Equal("Domain cannot contain reserved word: cognito", reserved.Message);

        var custom = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest
        {
            UserPoolId = other.UserPool.Id,
            Domain = "auth",
            CustomDomainConfig = new CustomDomainConfigType { CertificateArn = "arn:aws:acm:us-east-1:000000000000:certificate/x" },
        }));
        Assert.Contains("CustomDomainConfig", custom.Message);

        var version = await Assert.ThrowsAsync<InvalidParameterException>(
            () => t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = other.UserPool.Id, Domain = "v3", ManagedLoginVersion = 3 }));
        Assert.Equal("ManagedLoginVersion must be 1 or 2.", version.Message);

        await Assert.ThrowsAsync<ResourceNotFoundException>(
            () => t.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = "us-east-1_nope", Domain = "x" }));
    }

    [Fact]
    public async Task Resource_servers_are_created_listed_paged_updated_and_deleted()
    {
        await using var t = await TestServer.StartAsync();
        foreach (var identifier in new[] { "https://b.example.com", "https://a.example.com", "orders" })
        {
            await t.Client.CreateResourceServerAsync(new CreateResourceServerRequest
            {
                UserPoolId = t.PoolId,
                Identifier = identifier,
                Name = "api",
                Scopes = [new ResourceServerScopeType { ScopeName = "read", ScopeDescription = "Read" }],
            });
        }

        var first = await t.Client.ListResourceServersAsync(new ListResourceServersRequest { UserPoolId = t.PoolId, MaxResults = 2 });
        Assert.Equal(["https://a.example.com", "https://b.example.com"], first.ResourceServers.Select(server => server.Identifier));
        var rest = await t.Client.ListResourceServersAsync(new ListResourceServersRequest { UserPoolId = t.PoolId, MaxResults = 2, NextToken = first.NextToken });
        Assert.Equal(["orders"], rest.ResourceServers.Select(server => server.Identifier));
        Assert.Null(rest.NextToken);

        var updated = await t.Client.UpdateResourceServerAsync(new UpdateResourceServerRequest
        {
            UserPoolId = t.PoolId,
            Identifier = "orders",
            Name = "Orders",
            Scopes = [new ResourceServerScopeType { ScopeName = "write", ScopeDescription = "Write" }],
        });
        Assert.Equal(("Orders", "write"), (updated.ResourceServer.Name, Assert.Single(updated.ResourceServer.Scopes).ScopeName));
        var described = await t.Client.DescribeResourceServerAsync(new DescribeResourceServerRequest { UserPoolId = t.PoolId, Identifier = "orders" });
        Assert.Equal("Write", Assert.Single(described.ResourceServer.Scopes).ScopeDescription);

        await t.Client.DeleteResourceServerAsync(new DeleteResourceServerRequest { UserPoolId = t.PoolId, Identifier = "orders" });
        var missing = await Assert.ThrowsAsync<ResourceNotFoundException>(
            () => t.Client.DescribeResourceServerAsync(new DescribeResourceServerRequest { UserPoolId = t.PoolId, Identifier = "orders" }));
        Assert.Equal("Resource server orders does not exist.", missing.Message);
    }

    [Fact]
    public async Task Resource_server_errors()
    {
        await using var t = await TestServer.StartAsync();
        var request = new CreateResourceServerRequest { UserPoolId = t.PoolId, Identifier = "api", Name = "api" };
        await t.Client.CreateResourceServerAsync(request);
        var duplicate = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateResourceServerAsync(request));
        Assert.Equal("A resource server with identifier api already exists in the user pool.", duplicate.Message);

        var twice = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateResourceServerAsync(new CreateResourceServerRequest
        {
            UserPoolId = t.PoolId,
            Identifier = "api2",
            Name = "api",
            Scopes = [new ResourceServerScopeType { ScopeName = "x", ScopeDescription = "X" }, new ResourceServerScopeType { ScopeName = "x", ScopeDescription = "Y" }],
        }));
        Assert.Contains("Duplicate scope name x", twice.Message);

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.UpdateResourceServerAsync(
            new UpdateResourceServerRequest { UserPoolId = t.PoolId, Identifier = "nope", Name = "n" }));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.DeleteResourceServerAsync(
            new DeleteResourceServerRequest { UserPoolId = t.PoolId, Identifier = "nope" }));
    }
}
