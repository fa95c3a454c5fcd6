using System.Security.Cryptography;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>User pool domains and app clients' OAuth settings through the AWS CLI: success shapes and exact errors.</summary>
public sealed class AwsCliDomainAndClientOAuthTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task A_pool_gets_a_prefix_domain_once_and_loses_it_with_delete()
    {
        using var aws = cognito.NewAwsCli();
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var poolId = (await aws.CognitoAsync("create-user-pool", "--pool-name", $"domains-{suffix}")).ShouldSucceed()["UserPool"]!["Id"]!.GetValue<string>();
        var domain = $"shop-{suffix}";

        (await aws.CognitoAsync("create-user-pool-domain", "--user-pool-id", poolId, "--domain", domain)).ShouldSucceed();
        var described = (await aws.CognitoAsync("describe-user-pool-domain", "--domain", domain)).ShouldSucceed()["DomainDescription"]!;
        Assert.Equal((poolId, domain, "ACTIVE"), (described["UserPoolId"]!.GetValue<string>(), described["Domain"]!.GetValue<string>(), described["Status"]!.GetValue<string>()));

        (await aws.CognitoAsync("create-user-pool-domain", "--user-pool-id", poolId, "--domain", $"other-{suffix}"))
            .ShouldFailWith("InvalidParameterException", "User pool already has a domain configured.");
        (await aws.CognitoAsync("create-user-pool-domain", "--user-pool-id", cognito.UserPoolId, "--domain", domain))
            .ShouldFailWith("InvalidParameterException", "Domain already associated with another user pool.");

        (await aws.CognitoAsync("delete-user-pool-domain", "--user-pool-id", poolId, "--domain", domain)).ShouldSucceed();
        var gone = (await aws.CognitoAsync("describe-user-pool-domain", "--domain", domain)).ShouldSucceed()["DomainDescription"]!.AsObject();
        Assert.Empty(gone);
    }

    [Fact]
    public async Task Client_OAuth_settings_are_checked_as_Cognito_does()
    {
        using var aws = cognito.NewAwsCli();
        (await aws.CognitoAsync("create-user-pool-client", "--user-pool-id", cognito.UserPoolId, "--client-name", "m2m-no-secret",
            "--allowed-o-auth-flows", "client_credentials", "--allowed-o-auth-scopes", "openid", "--allowed-o-auth-flows-user-pool-client"))
            .ShouldFailWith("InvalidOAuthFlowException", "client_credentials flow can not be selected if client does not have a client secret.");
        (await aws.CognitoAsync("create-user-pool-client", "--user-pool-id", cognito.UserPoolId, "--client-name", "bad-scope",
            "--allowed-o-auth-flows", "code", "--allowed-o-auth-scopes", "https://nowhere.example.com/read",
            "--callback-urls", "https://app.example.com/cb", "--allowed-o-auth-flows-user-pool-client"))
            .ShouldFailWith("ScopeDoesNotExistException", "Invalid scope requested: https://nowhere.example.com/read");
        var insecure = (await aws.CognitoAsync("create-user-pool-client", "--user-pool-id", cognito.UserPoolId, "--client-name", "http-callback",
            "--allowed-o-auth-flows", "code", "--allowed-o-auth-scopes", "openid",
            "--callback-urls", "http://app.example.com/cb", "--allowed-o-auth-flows-user-pool-client")).ShouldFailWithCode("InvalidParameterException");
        Assert.Contains("CallbackURLs", insecure);

        var client = (await aws.CognitoAsync("create-user-pool-client", "--user-pool-id", cognito.UserPoolId, "--client-name", "web",
            "--allowed-o-auth-flows", "code", "--allowed-o-auth-scopes", "openid", "email",
            "--callback-urls", "http://localhost:3000/cb", "--supported-identity-providers", "COGNITO",
            "--allowed-o-auth-flows-user-pool-client")).ShouldSucceed()["UserPoolClient"]!;
        Assert.Equal(["code"], client["AllowedOAuthFlows"]!.AsArray().Select(flow => flow!.GetValue<string>()));
        Assert.Equal(["http://localhost:3000/cb"], client["CallbackURLs"]!.AsArray().Select(url => url!.GetValue<string>()));
    }
}
