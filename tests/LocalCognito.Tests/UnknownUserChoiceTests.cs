using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

/// <summary>
/// USER_AUTH for a name no user has, with PreventUserExistenceErrors ENABLED (the default client): a challenge the
/// pool allows, as a real user would get one, and "Incorrect username or password." only at the answer.
/// </summary>
public sealed class UnknownUserChoiceTests
{
    private static Task<InitiateAuthResponse> UserAuthAsync(TestServer t, string username, params (string Key, string Value)[] extra)
    {
        var parameters = new Dictionary<string, string> { ["USERNAME"] = username };
        foreach (var (key, value) in extra)
        {
            parameters[key] = value;
        }

        return t.Client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = t.ClientId, AuthFlow = AuthFlowType.USER_AUTH, AuthParameters = parameters });
    }

    [Fact]
    public async Task Without_a_preference_an_unknown_name_gets_the_same_allowed_challenge_each_time()
    {
        await using var t = await TestServer.StartAsync();
        var first = await UserAuthAsync(t, "nobody");
        var second = await UserAuthAsync(t, "nobody");

        Assert.Contains(first.ChallengeName.Value, new[] { "PASSWORD", "PASSWORD_SRP" });
        Assert.Equal(first.ChallengeName, second.ChallengeName);
        Assert.False(string.IsNullOrEmpty(first.Session));
        Assert.Empty(t.Server.Outbox);
    }

    [Fact]
    public async Task PREFERRED_CHALLENGE_PASSWORD_fails_like_a_wrong_password_at_once_or_at_the_answer()
    {
        await using var t = await TestServer.StartAsync();
        var direct = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            UserAuthAsync(t, "nobody", ("PREFERRED_CHALLENGE", "PASSWORD"), ("PASSWORD", TestServer.Password)));
        Assert.Equal("Incorrect username or password.", direct.Message);

        var challenge = await UserAuthAsync(t, "nobody", ("PREFERRED_CHALLENGE", "PASSWORD"));
        Assert.Equal(ChallengeNameType.PASSWORD, challenge.ChallengeName);
        var answer = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.PASSWORD,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "nobody", ["PASSWORD"] = TestServer.Password },
        }));
        Assert.Equal("Incorrect username or password.", answer.Message);
    }

    [Fact]
    public async Task PREFERRED_CHALLENGE_PASSWORD_SRP_answers_PASSWORD_VERIFIER_as_for_a_real_user()
    {
        await using var t = await TestServer.StartAsync();
        var srp = new SrpClient();
        var verifier = await UserAuthAsync(t, "nobody", ("PREFERRED_CHALLENGE", "PASSWORD_SRP"), ("SRP_A", srp.SrpAHex));

        Assert.Equal(ChallengeNameType.PASSWORD_VERIFIER, verifier.ChallengeName);
        Assert.Equal("nobody", verifier.ChallengeParameters["USER_ID_FOR_SRP"]);
        Assert.Matches("^[0-9a-f]{32,34}$", verifier.ChallengeParameters["SALT"]);
    }

    [Fact]
    public async Task A_LEGACY_client_still_answers_UserNotFoundException()
    {
        await using var t = await TestServer.StartAsync();
        var legacy = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "legacy",
            ExplicitAuthFlows = [ExplicitAuthFlowsType.ALLOW_USER_AUTH],
            PreventUserExistenceErrors = PreventUserExistenceErrorTypes.LEGACY,
        })).UserPoolClient;

        var error = await Assert.ThrowsAsync<UserNotFoundException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = legacy.ClientId,
            AuthFlow = AuthFlowType.USER_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "nobody" },
        }));
        Assert.Equal("User does not exist.", error.Message);
    }
}
