using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using TestSupport;

namespace LocalCognito.Tests;

/// <summary>Lockouts = false (standalone: --no-lockouts) turns the brute-force limits off, for load tests.</summary>
public sealed class LockoutSwitchTests
{
    private const string Password = TestServer.Password;

    [Fact]
    public async Task With_lockouts_off_failures_and_resends_are_not_limited()
    {
        var time = new FakeTimeProvider(TestServer.MidStep(DateTimeOffset.UtcNow));
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { TimeProvider = time, Lockouts = false });
        using var client = ClientFor(server.Endpoint, server.Region);

        await SignUpAsync(client, server.ClientId, "tom");
        for (var resend = 0; resend < 8; resend++)
        {
            await client.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest { ClientId = server.ClientId, Username = "tom" });
        }

        await client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = server.ClientId,
            Username = "tom",
            ConfirmationCode = server.Outbox.Last().Code,
        });
        await AssertNoLockoutAsync(client, server.ClientId);
    }

    [Fact]
    public async Task The_standalone_program_takes_no_lockouts()
    {
        using var server = await StandaloneLocalCognito.StartAsync(null, TimeSpan.FromSeconds(30), "--no-lockouts");
        using var client = ClientFor(server.Endpoint, server.Region);
        await SignUpAsync(client, server.ClientId, "tom");
        await client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = server.UserPoolId, Username = "tom" });
        await AssertNoLockoutAsync(client, server.ClientId);
    }

    private static async Task AssertNoLockoutAsync(AmazonCognitoIdentityProviderClient client, string clientId)
    {
        for (var attempt = 0; attempt < 12; attempt++)
        {
            var wrong = await Assert.ThrowsAsync<NotAuthorizedException>(() => PasswordAuthAsync(client, clientId, "Wr0ngPass!"));
            Assert.Equal("Incorrect username or password.", wrong.Message);
        }

        Assert.Equal(ChallengeNameType.MFA_SETUP, (await PasswordAuthAsync(client, clientId, Password)).ChallengeName);
    }

    private static Task<InitiateAuthResponse> PasswordAuthAsync(AmazonCognitoIdentityProviderClient client, string clientId, string password) =>
        client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = password },
        });

    private static Task<SignUpResponse> SignUpAsync(AmazonCognitoIdentityProviderClient client, string clientId, string username) =>
        client.SignUpAsync(new SignUpRequest
        {
            ClientId = clientId,
            Username = username,
            Password = Password,
            UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }],
        });

    private static AmazonCognitoIdentityProviderClient ClientFor(Uri endpoint, string region) =>
        new(new BasicAWSCredentials("local", "local"), new AmazonCognitoIdentityProviderConfig
        {
            ServiceURL = endpoint.ToString(),
            AuthenticationRegion = region,
            MaxErrorRetry = 0,
        });
}
