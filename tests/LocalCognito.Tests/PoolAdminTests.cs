using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class PoolAdminTests
{
    [Fact]
    public async Task The_default_pool_matches_default_user_pool_json()
    {
        await using var t = await TestServer.StartAsync();
        Assert.Matches("^us-east-1_[A-Za-z0-9]{9}$", t.PoolId);
        Assert.Matches("^[a-z0-9]{26}$", t.ClientId);

        var pool = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = t.PoolId })).UserPool;
        Assert.Equal("CognitoMfaScenarioPool", pool.Name);
        Assert.Equal(UserPoolMfaType.ON, pool.MfaConfiguration);
        Assert.Equal(["email"], pool.AutoVerifiedAttributes);
        Assert.False(pool.UsernameConfiguration.CaseSensitive);
        Assert.True(pool.DeviceConfiguration.ChallengeRequiredOnNewDevice);
        Assert.Equal(8, pool.Policies.PasswordPolicy.MinimumLength);

        Assert.Equal(UserPoolTierType.ESSENTIALS, pool.UserPoolTier);
        Assert.Equal(["PASSWORD"], pool.Policies.SignInPolicy.AllowedFirstAuthFactors);
        Assert.Equal(EmailSendingAccountType.DEVELOPER, pool.EmailConfiguration.EmailSendingAccount);

        var mfa = await t.Client.GetUserPoolMfaConfigAsync(new GetUserPoolMfaConfigRequest { UserPoolId = t.PoolId });
        Assert.True(mfa.SoftwareTokenMfaConfiguration.Enabled);
        Assert.Equal("Your CognitoMfaScenario sign-in code", mfa.EmailMfaConfiguration.Subject);
        Assert.Contains("{####}", mfa.EmailMfaConfiguration.Message);

        var client = (await t.Client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = t.PoolId, ClientId = t.ClientId })).UserPoolClient;
        Assert.Null(client.ClientSecret);
        Assert.Equal(["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_USER_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
            client.ExplicitAuthFlows);
        Assert.Equal(PreventUserExistenceErrorTypes.ENABLED, client.PreventUserExistenceErrors);
    }

    [Fact]
    public async Task Pools_and_clients_can_be_created_listed_and_deleted()
    {
        await using var t = await TestServer.StartAsync();
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "other" })).UserPool;
        Assert.Matches("^us-east-1_[A-Za-z0-9]{9}$", pool.Id);
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = pool.Id, ClientName = "c", GenerateSecret = true })).UserPoolClient;
        Assert.Matches("^[a-z0-9]{26}$", client.ClientId);
        Assert.False(string.IsNullOrEmpty(client.ClientSecret));

        var pools = await t.Client.ListUserPoolsAsync(new ListUserPoolsRequest { MaxResults = 60 });
        Assert.Contains(pools.UserPools, p => p.Id == pool.Id && p.Name == "other");
        Assert.Contains(pools.UserPools, p => p.Id == t.PoolId);
        var clients = await t.Client.ListUserPoolClientsAsync(new ListUserPoolClientsRequest { UserPoolId = pool.Id });
        Assert.Equal(client.ClientId, Assert.Single(clients.UserPoolClients).ClientId);

        await t.Client.DeleteUserPoolAsync(new DeleteUserPoolRequest { UserPoolId = pool.Id });
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.Id }));
        Assert.Equal($"User pool {pool.Id} does not exist.", error.Message);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.SignUpAsync(new SignUpRequest { ClientId = client.ClientId, Username = "x", Password = TestServer.Password }));
    }

    [Fact]
    public async Task ListUsers_pages_and_filters()
    {
        await using var t = await TestServer.StartAsync();
        foreach (var name in new[] { "ann", "bob", "cat" })
        {
            await t.SignUpAsync(name, email: $"{name}@example.com");
        }

        var first = await t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId, Limit = 2 });
        Assert.Equal(["ann", "bob"], first.Users.Select(u => u.Username));
        var second = await t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId, Limit = 2, PaginationToken = first.PaginationToken });
        Assert.Equal(["cat"], second.Users.Select(u => u.Username));
        Assert.Null(second.PaginationToken);

        var exact = await t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId, Filter = "username = \"bob\"" });
        Assert.Equal("bob", Assert.Single(exact.Users).Username);
        var prefix = await t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId, Filter = "email ^= \"ca\"" });
        Assert.Equal("cat", Assert.Single(prefix.Users).Username);

        var bad = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId, Filter = "email contains x" }));
        Assert.Equal("Error while parsing filter.", bad.Message);
    }
}
