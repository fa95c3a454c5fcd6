using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Extensions.Time.Testing;

namespace LocalCognito.Tests;

public sealed class PersistenceTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "localcognito-test-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Pool_users_enrolment_tokens_and_outbox_survive_a_restart()
    {
        var time = new FakeTimeProvider(TestServer.MidStep(DateTimeOffset.UtcNow));
        string poolId, clientId, secret;
        AuthenticationResultType tokens;
        await using (var first = await TestServer.StartAsync(_data, time))
        {
            (poolId, clientId) = (first.PoolId, first.ClientId);
            (secret, tokens) = await first.EnrolledUserAsync("tom");
            await first.SignUpAsync("ann");
        }
        Assert.True(File.Exists(Path.Combine(_data, "localcognito.db")));
        Assert.True(File.Exists(Path.Combine(_data, "outbox.jsonl")));

        await using var second = await TestServer.StartAsync(_data, time);
        Assert.Equal(poolId, second.PoolId);
        Assert.Equal(clientId, second.ClientId);
        Assert.Equal(2, second.Server.Outbox.Count);

        var ann = await second.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = poolId, Username = "ann" });
        Assert.Equal("UNCONFIRMED", ann.UserStatus.Value);
        await second.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = clientId, Username = "ann", ConfirmationCode = second.LatestCode("ann") });

        // The access token (signed with the persisted key) and the refresh token still work.
        Assert.Equal("tom", (await second.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken })).Username);
        await second.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        });

        // The enrolment survived, and so did the memory of the last used code.
        second.NextStep();
        var challenge = await second.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.ChallengeName);
        var done = await second.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = clientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = second.Code(secret) },
        });
        Assert.NotNull(done.AuthenticationResult);
    }
}
