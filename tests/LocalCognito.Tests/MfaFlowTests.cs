using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

public sealed class MfaFlowTests
{
    [Fact]
    public async Task The_whole_MFA_flow_enrols_and_then_signs_in_with_a_code()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, first) = await t.EnrolledUserAsync("tom");
        Assert.Equal(32, secret.Length);
        Assert.Matches("^[A-Z2-7]+$", secret);
        Assert.False(string.IsNullOrEmpty(first.AccessToken));
        Assert.Equal("Bearer", first.TokenType);
        Assert.Equal(3600, first.ExpiresIn);

        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal("SOFTWARE_TOKEN_MFA", user.PreferredMfaSetting);
        Assert.Equal(["SOFTWARE_TOKEN_MFA"], user.UserMFASettingList);

        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.ChallengeName);
        var signedIn = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        });
        Assert.False(string.IsNullOrEmpty(signedIn.AuthenticationResult.IdToken));
        Assert.False(string.IsNullOrEmpty(signedIn.AuthenticationResult.RefreshToken));
    }

    [Fact]
    public async Task After_VerifySoftwareToken_signing_in_again_asks_for_the_code()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var setup = await t.PasswordAuthAsync("tom");
        var associate = await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = setup.Session });
        var verify = await t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { Session = associate.Session, UserCode = t.Code(associate.SecretCode) });
        Assert.Equal(VerifySoftwareTokenResponseType.SUCCESS, verify.Status);

        var again = await t.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, again.ChallengeName);

        // The code just used to verify cannot be used again to sign in.
        var reused = await Assert.ThrowsAsync<ExpiredCodeException>(() => t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = again.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(associate.SecretCode) },
        }));
        Assert.Equal("Your software token has already been used once.", reused.Message);
    }

    [Fact]
    public async Task MFA_setup_completes_through_AdminRespondToAuthChallenge()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var setup = await t.Client.AdminInitiateAuthAsync(new AdminInitiateAuthRequest
        {
            UserPoolId = t.PoolId,
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom", ["PASSWORD"] = TestServer.Password },
        });
        var associate = await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = setup.Session });
        var verify = await t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { Session = associate.Session, UserCode = t.Code(associate.SecretCode) });
        var done = await t.Client.AdminRespondToAuthChallengeAsync(new AdminRespondToAuthChallengeRequest
        {
            UserPoolId = t.PoolId,
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.MFA_SETUP,
            Session = verify.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom" },
        });
        Assert.False(string.IsNullOrEmpty(done.AuthenticationResult.AccessToken));
    }

    [Fact]
    public async Task A_wrong_code_in_VerifySoftwareToken_fails_to_enable()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var setup = await t.PasswordAuthAsync("tom");
        var associate = await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = setup.Session });
        var wrong = t.Code(associate.SecretCode) == "000000" ? "111111" : "000000";
        var error = await Assert.ThrowsAsync<EnableSoftwareTokenMFAException>(() =>
            t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { Session = associate.Session, UserCode = wrong }));
        Assert.Equal("Code mismatch and fail enable Software Token MFA", error.Message);
    }

    [Fact]
    public async Task A_wrong_sign_in_code_is_a_mismatch()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, _) = await t.EnrolledUserAsync("tom");
        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        var wrong = t.Code(secret) == "000000" ? "111111" : "000000";
        var error = await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = wrong },
        }));
        Assert.Equal("Invalid code received for user", error.Message);
    }

    [Fact]
    public async Task AssociateSoftwareToken_with_an_access_token_replaces_the_secret_after_verification()
    {
        await using var t = await TestServer.StartAsync();
        var (oldSecret, tokens) = await t.EnrolledUserAsync("tom");
        var associate = await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { AccessToken = tokens.AccessToken });
        Assert.NotEqual(oldSecret, associate.SecretCode);
        t.NextStep();
        var verify = await t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { AccessToken = tokens.AccessToken, UserCode = t.Code(associate.SecretCode) });
        Assert.Equal(VerifySoftwareTokenResponseType.SUCCESS, verify.Status);

        t.NextStep();
        var challenge = await t.PasswordAuthAsync("tom");
        await Assert.ThrowsAsync<CodeMismatchException>(() => t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(oldSecret) },
        }));
        var ok = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(associate.SecretCode) },
        });
        Assert.NotNull(ok.AuthenticationResult);
    }

    [Fact]
    public async Task SetUserMFAPreference_needs_a_verified_token()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        await t.Client.SetUserMFAPreferenceAsync(new SetUserMFAPreferenceRequest
        {
            AccessToken = tokens.AccessToken,
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = true },
        });

        await t.SignUpConfirmedAsync("ann");
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = t.PoolId,
            Username = "ann",
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true },
        }));
        Assert.Equal("User has not verified software token mfa", error.Message);
    }
}
