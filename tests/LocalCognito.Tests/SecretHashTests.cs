using System.Security.Cryptography;
using System.Text;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class SecretHashTests
{
    [Fact]
    public async Task A_client_with_a_secret_requires_the_right_SECRET_HASH()
    {
        await using var t = await TestServer.StartAsync();
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "secret",
            GenerateSecret = true,
            ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH"],
        })).UserPoolClient;
        Assert.False(string.IsNullOrEmpty(client.ClientSecret));
        var signUp = new SignUpRequest
        {
            ClientId = client.ClientId,
            Username = "tom",
            Password = TestServer.Password,
            UserAttributes = [new AttributeType { Name = "email", Value = "tom@example.com" }],
        };

        var missing = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.SignUpAsync(signUp));
        Assert.Equal($"Unable to verify secret hash for client {client.ClientId}", missing.Message);

        signUp.SecretHash = Hash(client.ClientSecret, "someone-else", client.ClientId);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.SignUpAsync(signUp));

        signUp.SecretHash = Hash(client.ClientSecret, "tom", client.ClientId);
        var created = await t.Client.SignUpAsync(signUp);
        Assert.False(created.UserConfirmed);

        await t.Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = t.PoolId, Username = "tom" });
        var noHash = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = client.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = TestServer.Password },
        }));
        Assert.Equal($"Unable to verify secret hash for client {client.ClientId}", noHash.Message);

        var ok = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = client.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string>
            {
                ["USERNAME"] = "tom",
                ["PASSWORD"] = TestServer.Password,
                ["SECRET_HASH"] = Hash(client.ClientSecret, "tom", client.ClientId),
            },
        });
        Assert.Equal(ChallengeNameType.MFA_SETUP, ok.ChallengeName);
    }

    private static string Hash(string secret, string username, string clientId) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(username + clientId)));
}
