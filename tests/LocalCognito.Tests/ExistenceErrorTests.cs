using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

/// <summary>PreventUserExistenceErrors ENABLED (the default client): an unknown user looks like a real one.</summary>
public sealed class ExistenceErrorTests
{
    [Fact]
    public async Task ResendConfirmationCode_for_an_unknown_user_answers_a_simulated_delivery()
    {
        await using var t = await TestServer.StartAsync();
        var response = await t.Client.ResendConfirmationCodeAsync(new ResendConfirmationCodeRequest { ClientId = t.ClientId, Username = "nobody" });

        Assert.Equal(DeliveryMediumType.EMAIL, response.CodeDeliveryDetails.DeliveryMedium);
        Assert.Matches("^[a-z]\\*\\*\\*@[a-z]\\*\\*\\*$", response.CodeDeliveryDetails.Destination);
        Assert.Empty(t.Server.Outbox);
    }

    [Fact]
    public async Task USER_SRP_AUTH_for_an_unknown_user_challenges_alike_and_fails_at_the_answer_like_a_wrong_password()
    {
        await using var t = await TestServer.StartAsync();
        var first = await StartSrpAsync(t, "nobody");
        var second = await StartSrpAsync(t, "nobody");

        Assert.Equal(ChallengeNameType.PASSWORD_VERIFIER, first.Response.ChallengeName);
        var parameters = first.Response.ChallengeParameters;
        Assert.Equal("nobody", parameters["USER_ID_FOR_SRP"]);
        Assert.Matches("^[0-9a-f]{32,34}$", parameters["SALT"]);
        Assert.Equal(parameters["SALT"], second.Response.ChallengeParameters["SALT"]);
        Assert.NotEqual(parameters["SRP_B"], second.Response.ChallengeParameters["SRP_B"]);
        Assert.False(string.IsNullOrEmpty(parameters["SECRET_BLOCK"]));

        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => AnswerAsync(t, "nobody", first.Srp, first.Response));
        Assert.Equal("Incorrect username or password.", error.Message);
    }

    private static async Task<(SrpClient Srp, InitiateAuthResponse Response)> StartSrpAsync(TestServer t, string username)
    {
        var srp = new SrpClient();
        var response = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.USER_SRP_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["SRP_A"] = srp.SrpAHex },
        });
        return (srp, response);
    }

    private static Task<RespondToAuthChallengeResponse> AnswerAsync(TestServer t, string username, SrpClient srp, InitiateAuthResponse challenge)
    {
        var parameters = challenge.ChallengeParameters;
        var timestamp = SrpTimestamp.Format(t.Time.GetUtcNow());
        var realm = t.PoolId[(t.PoolId.IndexOf('_') + 1)..];
        var signature = srp.ComputeClaimSignature(realm, username, TestServer.Password, parameters["SALT"], parameters["SRP_B"], parameters["SECRET_BLOCK"], timestamp);
        return t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.PASSWORD_VERIFIER,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = username,
                ["PASSWORD_CLAIM_SECRET_BLOCK"] = parameters["SECRET_BLOCK"],
                ["PASSWORD_CLAIM_SIGNATURE"] = signature,
                ["TIMESTAMP"] = timestamp,
            },
        });
    }
}
