using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

public sealed class SrpAuthTests
{
    private static async Task<RespondToAuthChallengeResponse> SrpSignInAsync(TestServer t, string username, string password, bool sendSession = true)
    {
        var srp = new SrpClient();
        var start = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.USER_SRP_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["SRP_A"] = srp.SrpAHex },
        });
        Assert.Equal(ChallengeNameType.PASSWORD_VERIFIER, start.ChallengeName);
        var p = start.ChallengeParameters;
        foreach (var name in new[] { "SALT", "SRP_B", "SECRET_BLOCK", "USER_ID_FOR_SRP", "USERNAME" })
        {
            Assert.True(p.ContainsKey(name), name);
        }

        var timestamp = SrpTimestamp.Format(t.Time.GetUtcNow());
        var realm = t.PoolId.Split('_')[1];
        var signature = srp.ComputeClaimSignature(realm, p["USER_ID_FOR_SRP"], password, p["SALT"], p["SRP_B"], p["SECRET_BLOCK"], timestamp);
        return await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.PASSWORD_VERIFIER,
            Session = sendSession ? start.Session : null,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = p["USER_ID_FOR_SRP"],
                ["PASSWORD_CLAIM_SECRET_BLOCK"] = p["SECRET_BLOCK"],
                ["PASSWORD_CLAIM_SIGNATURE"] = signature,
                ["TIMESTAMP"] = timestamp,
            },
        });
    }

    [Fact]
    public async Task USER_SRP_AUTH_with_the_right_password_leads_to_the_MFA_challenge()
    {
        await using var t = await TestServer.StartAsync();
        var (_, _) = await t.EnrolledUserAsync("tom");
        var response = await SrpSignInAsync(t, "tom", TestServer.Password);
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, response.ChallengeName);
    }

    [Fact]
    public async Task PASSWORD_VERIFIER_works_without_the_session_as_amazon_cognito_identity_js_sends_it()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var response = await SrpSignInAsync(t, "tom", TestServer.Password, sendSession: false);
        Assert.Equal(ChallengeNameType.MFA_SETUP, response.ChallengeName);
    }

    [Fact]
    public async Task USER_SRP_AUTH_with_a_wrong_password_is_not_authorized()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => SrpSignInAsync(t, "tom", "Wr0ngPass!"));
        Assert.Equal("Incorrect username or password.", error.Message);
    }
}
