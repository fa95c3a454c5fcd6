using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>RevokeToken, the app client defaults it depends on, and UpdateUserPoolClient, as the AWS CLI sees them.</summary>
public sealed class AwsCliTokenRevocationTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Revoke_token_ends_the_access_token_of_that_sign_in_and_its_refresh_token()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-revoke");
        var enrolled = await cognito.Users.CreateEnrolledAsync(user);
        var refreshToken = enrolled.AuthenticationResult["RefreshToken"]?.GetValue<string>() ?? "";

        (await aws.CognitoAsync("revoke-token", "--client-id", cognito.ClientId, "--token", refreshToken)).ShouldSucceed();

        (await aws.CognitoAsync("get-user", "--access-token", enrolled.AccessToken))
            .ShouldFailWith("NotAuthorizedException", "Access Token has been revoked");
        (await aws.CognitoAsync("initiate-auth", "--client-id", cognito.ClientId, "--auth-flow", "REFRESH_TOKEN_AUTH",
                "--auth-parameters", CliArguments.JsonMap(("REFRESH_TOKEN", refreshToken))))
            .ShouldFailWith("NotAuthorizedException", "Refresh Token has been revoked");
    }

    [Fact]
    public async Task Revoke_token_refuses_another_clients_token_and_a_client_with_revocation_off()
    {
        using var aws = cognito.NewAwsCli();
        var user = TestUser.CreateUnique("cli-revoke-other");
        var enrolled = await cognito.Users.CreateEnrolledAsync(user);
        var refreshToken = enrolled.AuthenticationResult["RefreshToken"]?.GetValue<string>() ?? "";
        var other = await CreateClientAsync(aws, "other");
        var noRevocation = await CreateClientAsync(aws, "no-revocation", "--no-enable-token-revocation");
        Assert.True(noRevocation["EnableTokenRevocation"]?.GetValue<bool>() == false, noRevocation.ToJsonString());

        (await aws.CognitoAsync("revoke-token", "--client-id", Id(other), "--token", refreshToken))
            .ShouldFailWith("UnauthorizedException", "The token was not issued to this client.");
        (await aws.CognitoAsync("revoke-token", "--client-id", Id(noRevocation), "--token", refreshToken))
            .ShouldFailWith("UnsupportedOperationException", "Token revocation is not enabled for this client.");
        (await aws.CognitoAsync("revoke-token", "--client-id", cognito.ClientId, "--token", enrolled.AccessToken))
            .ShouldFailWithCode("UnsupportedTokenTypeException");
        (await aws.CognitoAsync("get-user", "--access-token", enrolled.AccessToken)).ShouldSucceed();
    }

    [Fact]
    public async Task A_new_client_reports_the_documented_defaults_and_an_update_resets_what_it_omits()
    {
        using var aws = cognito.NewAwsCli();
        var created = await CreateClientAsync(aws, "defaults", "--prevent-user-existence-errors", "ENABLED", "--no-enable-token-revocation");
        var clientId = Id(created);
        var described = (await aws.CognitoAsync("describe-user-pool-client", "--user-pool-id", cognito.UserPoolId, "--client-id", clientId))
            .ShouldSucceed()["UserPoolClient"]!.AsObject();
        Assert.True(described["RefreshTokenValidity"]?.GetValue<int>() == 30, described.ToJsonString());
        Assert.True(described["AccessTokenValidity"]?.GetValue<int>() == 60, described.ToJsonString());
        Assert.True(described["IdTokenValidity"]?.GetValue<int>() == 60, described.ToJsonString());
        Assert.True(described["TokenValidityUnits"]?["AccessToken"]?.GetValue<string>() == "minutes", described.ToJsonString());
        Assert.True(described["TokenValidityUnits"]?["RefreshToken"]?.GetValue<string>() == "days", described.ToJsonString());
        Assert.True(described["AuthSessionValidity"]?.GetValue<int>() == 3, described.ToJsonString());
        Assert.True(described["PreventUserExistenceErrors"]?.GetValue<string>() == "ENABLED", described.ToJsonString());

        var updated = (await aws.CognitoAsync("update-user-pool-client", "--user-pool-id", cognito.UserPoolId, "--client-id", clientId,
            "--client-name", "renamed", "--access-token-validity", "2")).ShouldSucceed()["UserPoolClient"]!.AsObject();
        Assert.True(updated["ClientName"]?.GetValue<string>() == "renamed", updated.ToJsonString());
        Assert.True(updated["EnableTokenRevocation"]?.GetValue<bool>() == true, $"Omitted members return to their defaults: {updated.ToJsonString()}");
        Assert.True(updated["PreventUserExistenceErrors"]?.GetValue<string>() == "LEGACY", updated.ToJsonString());
        Assert.True(updated["AccessTokenValidity"]?.GetValue<int>() == 2 && updated["TokenValidityUnits"]?["AccessToken"]?.GetValue<string>() == "hours",
            $"A validity without units counts in hours: {updated.ToJsonString()}");
    }

    private async Task<JsonObject> CreateClientAsync(AwsCli aws, string name, params string[] extra) =>
        (await aws.CognitoAsync("create-user-pool-client",
        [
            "--user-pool-id", cognito.UserPoolId,
            "--client-name", name,
            "--explicit-auth-flows", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH",
            .. extra,
        ])).ShouldSucceed()["UserPoolClient"]!.AsObject();

    private static string Id(JsonObject client) => client["ClientId"]?.GetValue<string>() ?? "";
}
