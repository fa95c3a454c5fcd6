using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;
using static Conformance.Tests.Infrastructure.CognitoResponseAssertions;

namespace Conformance.Tests;

/// <summary>User pool and app client administration with the AWS CLI (IAM-signed operations).</summary>
public sealed class AwsCliUserPoolAdminTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task The_default_pool_and_client_are_described_as_the_scenario_expects()
    {
        using var aws = cognito.NewAwsCli();

        var pool = (await aws.CognitoAsync("describe-user-pool", "--user-pool-id", cognito.UserPoolId)).ShouldSucceed()["UserPool"];
        var poolText = pool?.ToJsonString();
        Assert.True(pool?["Id"]?.GetValue<string>() == cognito.UserPoolId, poolText);
        Assert.True(pool?["MfaConfiguration"]?.GetValue<string>() == "ON", $"MFA must be required: {poolText}");
        Assert.True(pool?["DeviceConfiguration"]?["ChallengeRequiredOnNewDevice"]?.GetValue<bool>() == true, $"Device tracking must challenge new devices: {poolText}");
        Assert.True(pool?["DeviceConfiguration"]?["DeviceOnlyRememberedOnUserPrompt"]?.GetValue<bool>() == false, $"Devices must always be remembered: {poolText}");
        Assert.True(pool?["UsernameConfiguration"]?["CaseSensitive"]?.GetValue<bool>() == false, $"Sign-in must be case-insensitive: {poolText}");
        Assert.Contains("email", pool?["AutoVerifiedAttributes"]?.AsArray().Select(a => a?.GetValue<string>()) ?? []);
        var policy = pool?["Policies"]?["PasswordPolicy"];
        Assert.True(policy?["MinimumLength"]?.GetValue<int>() == 8, $"Default password policy expected: {poolText}");
        foreach (var rule in new[] { "RequireUppercase", "RequireLowercase", "RequireNumbers", "RequireSymbols" })
        {
            Assert.True(policy?[rule]?.GetValue<bool>() == true, $"{rule} must be on: {poolText}");
        }

        var client = (await aws.CognitoAsync("describe-user-pool-client",
            "--user-pool-id", cognito.UserPoolId, "--client-id", cognito.ClientId)).ShouldSucceed()["UserPoolClient"];
        var clientText = SecretRedaction.Redact(client?.ToJsonString() ?? "");
        Assert.True(client?["ClientSecret"] is null, $"The scenario's app client has no secret: {clientText}");
        var flows = client?["ExplicitAuthFlows"]?.AsArray().Select(f => f?.GetValue<string>()).ToHashSet() ?? [];
        foreach (var flow in new[] { "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH" })
        {
            Assert.True(flows.Contains(flow), $"{flow} missing: {clientText}");
        }
    }

    [Fact]
    public async Task A_second_pool_is_created_listed_used_in_isolation_and_deleted()
    {
        using var aws = cognito.NewAwsCli();
        var poolName = $"conformance-second-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}";

        var created = (await aws.CognitoAsync("create-user-pool", "--pool-name", poolName)).ShouldSucceed()["UserPool"];
        var poolId = created?["Id"]?.GetValue<string>() ?? "";
        Assert.Matches($"^{cognito.Region}_[0-9A-Za-z]+$", poolId);
        Assert.Equal(poolName, created?["Name"]?.GetValue<string>());
        Assert.NotEqual(cognito.UserPoolId, poolId);

        var client = (await aws.CognitoAsync("create-user-pool-client",
            "--user-pool-id", poolId,
            "--client-name", "conformance-second-client",
            "--explicit-auth-flows", "ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"))
            .ShouldSucceed()["UserPoolClient"];
        var clientId = client?["ClientId"]?.GetValue<string>() ?? "";
        Assert.False(string.IsNullOrEmpty(clientId), $"No ClientId: {client?.ToJsonString()}");
        Assert.Equal(poolId, client?["UserPoolId"]?.GetValue<string>());

        var listed = await ListedPoolsAsync(aws);
        Assert.Equal(poolName, listed.GetValueOrDefault(poolId));
        Assert.True(listed.ContainsKey(cognito.UserPoolId), $"The default pool must still be listed: {string.Join(", ", listed.Keys)}");

        var described = (await aws.CognitoAsync("describe-user-pool", "--user-pool-id", poolId)).ShouldSucceed()["UserPool"];
        Assert.Equal(poolName, described?["Name"]?.GetValue<string>());
        Assert.Equal("OFF", described?["MfaConfiguration"]?.GetValue<string>());

        // A user of the new pool (MFA off) gets tokens straight away, and is unknown to the default pool.
        var user = TestUser.CreateUnique("cli-second");
        (await aws.CognitoAsync("sign-up",
            "--client-id", clientId,
            "--username", user.Username,
            "--password", user.Password,
            "--user-attributes", $"Name=email,Value={user.Email}")).ShouldSucceed();
        (await aws.CognitoAsync("admin-confirm-sign-up", "--user-pool-id", poolId, "--username", user.Username)).ShouldSucceed();
        AssertTokens((await aws.AdminInitiateAuthAsync(poolId, clientId, user)).ShouldSucceed());
        (await aws.InitiateAuthAsync(cognito.ClientId, user))
            .ShouldFailWith("NotAuthorizedException", "Incorrect username or password.");

        (await aws.CognitoAsync("delete-user-pool", "--user-pool-id", poolId)).ShouldSucceed();
        (await aws.CognitoAsync("describe-user-pool", "--user-pool-id", poolId)).ShouldFailWithCode("ResourceNotFoundException");
        Assert.False((await ListedPoolsAsync(aws)).ContainsKey(poolId), "A deleted pool must not be listed.");
    }

    private static async Task<Dictionary<string, string?>> ListedPoolsAsync(AwsCli aws)
    {
        var pools = (await aws.CognitoAsync("list-user-pools", "--max-results", "60")).ShouldSucceed()["UserPools"]?.AsArray() ?? [];
        return pools.OfType<JsonObject>().ToDictionary(p => p["Id"]?.GetValue<string>() ?? "", p => p["Name"]?.GetValue<string>());
    }
}
