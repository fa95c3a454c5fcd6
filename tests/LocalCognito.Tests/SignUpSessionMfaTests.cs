using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>
/// In the default pool (MFA required) ConfirmSignUp's Session signs in with USER_AUTH as a first factor only: the next
/// step is MFA_SETUP, never tokens without MFA.
/// </summary>
public sealed class SignUpSessionMfaTests
{
    [Fact]
    public async Task The_default_pools_ConfirmSignUp_session_leads_to_MFA_SETUP_and_then_tokens()
    {
        await using var t = await TestServer.StartAsync();
        var signUp = await t.SignUpAsync("tom");
        var confirmed = await t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = t.ClientId,
            Username = "tom",
            ConfirmationCode = t.LatestCode("tom"),
            Session = signUp.Session,
        });

        var next = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.USER_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom" },
            Session = confirmed.Session,
        });
        Assert.Null(next.AuthenticationResult);
        Assert.Equal(ChallengeNameType.MFA_SETUP, next.ChallengeName);

        // Enrolling a factor on that session finishes the sign-in.
        var associate = await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = next.Session });
        var verify = await t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { Session = associate.Session, UserCode = t.Code(associate.SecretCode) });
        var done = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.MFA_SETUP,
            Session = verify.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom" },
        });
        Assert.False(string.IsNullOrEmpty(done.AuthenticationResult.AccessToken));
    }
}
