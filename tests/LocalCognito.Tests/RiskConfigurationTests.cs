using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Set/DescribeRiskConfiguration: stored per pool and per app client, checked, and returned.</summary>
public sealed class RiskConfigurationTests
{
    [Fact]
    public async Task Pool_and_client_configurations_are_stored_and_a_client_without_its_own_gets_the_pools()
    {
        await using var t = await TestServer.StartAsync();
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "risky", UserPoolTier = UserPoolTierType.PLUS,
            UserPoolAddOns = new UserPoolAddOnsType { AdvancedSecurityMode = AdvancedSecurityModeType.AUDIT },
        })).UserPool;
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = pool.Id, ClientName = "app" })).UserPoolClient;

        await t.Client.SetRiskConfigurationAsync(new SetRiskConfigurationRequest
        {
            UserPoolId = pool.Id,
            RiskExceptionConfiguration = new RiskExceptionConfigurationType { BlockedIPRangeList = ["192.0.2.0/24"] },
        });
        var inherited = (await t.Client.DescribeRiskConfigurationAsync(new DescribeRiskConfigurationRequest { UserPoolId = pool.Id, ClientId = client.ClientId }))
            .RiskConfiguration;
        Assert.Equal(("ALL", "192.0.2.0/24"), (inherited.ClientId, Assert.Single(inherited.RiskExceptionConfiguration.BlockedIPRangeList)));

        var own = (await t.Client.SetRiskConfigurationAsync(new SetRiskConfigurationRequest
        {
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            CompromisedCredentialsRiskConfiguration = new CompromisedCredentialsRiskConfigurationType
            {
                EventFilter = ["SIGN_IN"], Actions = new CompromisedCredentialsActionsType { EventAction = CompromisedCredentialsEventActionType.BLOCK },
            },
        })).RiskConfiguration;
        Assert.Equal(client.ClientId, own.ClientId);
        Assert.NotNull(own.LastModifiedDate);
        var described = (await t.Client.DescribeRiskConfigurationAsync(new DescribeRiskConfigurationRequest { UserPoolId = pool.Id, ClientId = client.ClientId }))
            .RiskConfiguration;
        Assert.Equal(CompromisedCredentialsEventActionType.BLOCK, described.CompromisedCredentialsRiskConfiguration.Actions.EventAction);
        Assert.Null(described.RiskExceptionConfiguration);

        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.SetRiskConfigurationAsync(new SetRiskConfigurationRequest
        {
            UserPoolId = pool.Id, RiskExceptionConfiguration = new RiskExceptionConfigurationType { SkippedIPRangeList = ["not-a-range"] },
        }));
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.SetRiskConfigurationAsync(new SetRiskConfigurationRequest
        {
            UserPoolId = pool.Id,
            AccountTakeoverRiskConfiguration = new AccountTakeoverRiskConfigurationType
            {
                Actions = new AccountTakeoverActionsType { HighAction = new AccountTakeoverActionType { EventAction = AccountTakeoverEventActionType.BLOCK, Notify = true } },
            },
        }));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            t.Client.DescribeRiskConfigurationAsync(new DescribeRiskConfigurationRequest { UserPoolId = pool.Id, ClientId = "nosuchclient" }));
        await Assert.ThrowsAsync<UserPoolAddOnNotEnabledException>(() =>
            t.Client.SetRiskConfigurationAsync(new SetRiskConfigurationRequest { UserPoolId = t.PoolId }));
    }
}
