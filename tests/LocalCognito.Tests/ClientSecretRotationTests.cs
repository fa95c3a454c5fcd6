using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Add/List/DeleteUserPoolClientSecret, and every active secret accepted in SECRET_HASH and ClientSecret.</summary>
public sealed class ClientSecretRotationTests
{
    private static async Task<UserPoolClientType> ConfidentialClientAsync(TestServer t) =>
        (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId, ClientName = "rotating", GenerateSecret = true, ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"],
        })).UserPoolClient;

    private static Task<SignUpResponse> SignUpWithSecretAsync(TestServer t, string clientId, string secret, string username) =>
        t.Client.SignUpAsync(new SignUpRequest
        {
            ClientId = clientId,
            Username = username,
            Password = TestServer.Password,
            SecretHash = CognitoSrp.SecretHash.Compute(username: username, clientId: clientId, clientSecret: secret),
            UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }],
        });

    private static Task<RevokeTokenResponse> RevokeWithSecretAsync(TestServer t, string clientId, string secret) =>
        t.Client.RevokeTokenAsync(new RevokeTokenRequest { ClientId = clientId, ClientSecret = secret, Token = "not-a-token-we-issued" });

    [Fact]
    public async Task A_second_secret_is_accepted_alongside_the_first_until_one_is_deleted()
    {
        await using var t = await TestServer.StartAsync();
        var client = await ConfidentialClientAsync(t);

        var added = (await t.Client.AddUserPoolClientSecretAsync(new AddUserPoolClientSecretRequest { UserPoolId = t.PoolId, ClientId = client.ClientId }))
            .ClientSecretDescriptor;
        Assert.Matches("^[a-z0-9]{51}$", added.ClientSecretValue);
        Assert.Equal(t.Time.GetUtcNow().ToUnixTimeSeconds(), new DateTimeOffset(added.ClientSecretCreateDate!.Value).ToUnixTimeSeconds());

        var listed = (await t.Client.ListUserPoolClientSecretsAsync(new ListUserPoolClientSecretsRequest { UserPoolId = t.PoolId, ClientId = client.ClientId }))
            .ClientSecrets;
        Assert.Equal(2, listed.Count);
        Assert.Equal(added.ClientSecretId, listed[1].ClientSecretId);
        Assert.All(listed, secret => Assert.Null(secret.ClientSecretValue));

        await SignUpWithSecretAsync(t, client.ClientId, client.ClientSecret, "first");
        await SignUpWithSecretAsync(t, client.ClientId, added.ClientSecretValue, "second");
        await RevokeWithSecretAsync(t, client.ClientId, client.ClientSecret);
        await RevokeWithSecretAsync(t, client.ClientId, added.ClientSecretValue);

        var third = await Assert.ThrowsAsync<LimitExceededException>(() =>
            t.Client.AddUserPoolClientSecretAsync(new AddUserPoolClientSecretRequest { UserPoolId = t.PoolId, ClientId = client.ClientId }));
        Assert.Contains("already has 2 client secrets", third.Message);

        await t.Client.DeleteUserPoolClientSecretAsync(new DeleteUserPoolClientSecretRequest
        {
            UserPoolId = t.PoolId, ClientId = client.ClientId, ClientSecretId = listed[0].ClientSecretId,
        });
        var wrong = await Assert.ThrowsAsync<NotAuthorizedException>(() => SignUpWithSecretAsync(t, client.ClientId, client.ClientSecret, "third"));
        Assert.Equal($"Unable to verify secret hash for client {client.ClientId}", wrong.Message);
        await Assert.ThrowsAsync<UnauthorizedException>(() => RevokeWithSecretAsync(t, client.ClientId, client.ClientSecret));
        await SignUpWithSecretAsync(t, client.ClientId, added.ClientSecretValue, "fourth");

        var described = (await t.Client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = t.PoolId, ClientId = client.ClientId }))
            .UserPoolClient;
        Assert.Equal(added.ClientSecretValue, described.ClientSecret);
        var last = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.DeleteUserPoolClientSecretAsync(new DeleteUserPoolClientSecretRequest
        {
            UserPoolId = t.PoolId, ClientId = client.ClientId, ClientSecretId = added.ClientSecretId,
        }));
        Assert.Contains("last secret", last.Message);
    }

    [Fact]
    public async Task A_supplied_secret_is_used_but_not_echoed_and_an_update_of_the_client_keeps_both_secrets()
    {
        await using var t = await TestServer.StartAsync();
        var client = await ConfidentialClientAsync(t);
        const string Chosen = "my_own_secret_value_0123456789";

        var added = (await t.Client.AddUserPoolClientSecretAsync(new AddUserPoolClientSecretRequest
        {
            UserPoolId = t.PoolId, ClientId = client.ClientId, ClientSecret = Chosen,
        })).ClientSecretDescriptor;
        Assert.Null(added.ClientSecretValue);
        Assert.NotNull(added.ClientSecretId);

        await t.Client.UpdateUserPoolClientAsync(new UpdateUserPoolClientRequest
        {
            UserPoolId = t.PoolId, ClientId = client.ClientId, ClientName = "renamed", ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"],
        });
        await SignUpWithSecretAsync(t, client.ClientId, Chosen, "chosen");
        await SignUpWithSecretAsync(t, client.ClientId, client.ClientSecret, "original");
    }

    [Fact]
    public async Task Public_clients_unknown_secrets_and_short_secrets_are_refused()
    {
        await using var t = await TestServer.StartAsync();
        var publicClient = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            t.Client.AddUserPoolClientSecretAsync(new AddUserPoolClientSecretRequest { UserPoolId = t.PoolId, ClientId = t.ClientId }));
        Assert.Contains("confidential app client", publicClient.Message);
        Assert.Empty((await t.Client.ListUserPoolClientSecretsAsync(new ListUserPoolClientSecretsRequest { UserPoolId = t.PoolId, ClientId = t.ClientId }))
            .ClientSecrets);

        var client = await ConfidentialClientAsync(t);
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.DeleteUserPoolClientSecretAsync(new DeleteUserPoolClientSecretRequest
        {
            UserPoolId = t.PoolId, ClientId = client.ClientId, ClientSecretId = "no-such-secret",
        }));
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.AddUserPoolClientSecretAsync(new AddUserPoolClientSecretRequest
        {
            UserPoolId = t.PoolId, ClientId = client.ClientId, ClientSecret = "too-short",
        }));
        await Assert.ThrowsAsync<ResourceNotFoundException>(() =>
            t.Client.ListUserPoolClientSecretsAsync(new ListUserPoolClientSecretsRequest { UserPoolId = t.PoolId, ClientId = "nosuchclient" }));
    }
}
