using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

/// <summary>Choice-based sign-in (USER_AUTH): first factors, SELECT_CHALLENGE, PREFERRED_CHALLENGE, MFA after a password.</summary>
public sealed class UserAuthTests
{
    private static async Task<InitiateAuthResponse> UserAuthAsync(EmailMfaPool pool, string username, params (string Key, string Value)[] extra)
    {
        var parameters = new Dictionary<string, string> { ["USERNAME"] = username };
        foreach (var (key, value) in extra)
        {
            parameters[key] = value;
        }

        return await pool.T.Client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = pool.ClientId, AuthFlow = AuthFlowType.USER_AUTH, AuthParameters = parameters });
    }

    private static async Task<EmailMfaPool> PasswordlessPoolAsync(TestServer t) =>
        await EmailMfaPool.CreateAsync(t, mfa: "OPTIONAL", firstFactors: ["PASSWORD", "EMAIL_OTP"]);

    [Fact]
    public async Task Without_a_preference_SELECT_CHALLENGE_lists_the_first_factors_and_PASSWORD_signs_in()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await PasswordlessPoolAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var select = await UserAuthAsync(pool, "tom");
        Assert.Equal(ChallengeNameType.SELECT_CHALLENGE, select.ChallengeName);
        Assert.Equal(["PASSWORD", "PASSWORD_SRP", "EMAIL_OTP"], select.AvailableChallenges);

        var done = await pool.RespondAsync("SELECT_CHALLENGE", select.Session, ("USERNAME", "tom"), ("ANSWER", "PASSWORD"), ("PASSWORD", TestServer.Password));
        Assert.False(string.IsNullOrEmpty(done.AuthenticationResult.AccessToken));

        var wrong = await UserAuthAsync(pool, "tom");
        var refused = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            pool.RespondAsync("SELECT_CHALLENGE", wrong.Session, ("USERNAME", "tom"), ("ANSWER", "PASSWORD"), ("PASSWORD", "Wrong-passw0rd")));
        Assert.Equal("Incorrect username or password.", refused.Message);
    }

    [Fact]
    public async Task PASSWORD_SRP_continues_with_PASSWORD_VERIFIER()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await PasswordlessPoolAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var select = await UserAuthAsync(pool, "tom");
        var srp = new SrpClient();
        var verifier = await pool.RespondAsync("SELECT_CHALLENGE", select.Session, ("USERNAME", "tom"), ("ANSWER", "PASSWORD_SRP"), ("SRP_A", srp.SrpAHex));
        Assert.Equal(ChallengeNameType.PASSWORD_VERIFIER, verifier.ChallengeName);
        var p = verifier.ChallengeParameters;
        var timestamp = SrpTimestamp.Format(t.Time.GetUtcNow());
        var realm = pool.PoolId[(pool.PoolId.IndexOf('_') + 1)..];
        var signature = srp.ComputeClaimSignature(realm, p["USER_ID_FOR_SRP"], TestServer.Password, p["SALT"], p["SRP_B"], p["SECRET_BLOCK"], timestamp);
        var done = await pool.RespondAsync("PASSWORD_VERIFIER", verifier.Session, ("USERNAME", "tom"), ("PASSWORD_CLAIM_SECRET_BLOCK", p["SECRET_BLOCK"]),
            ("PASSWORD_CLAIM_SIGNATURE", signature), ("TIMESTAMP", timestamp));
        Assert.False(string.IsNullOrEmpty(done.AuthenticationResult.IdToken));
    }

    [Fact]
    public async Task EMAIL_OTP_as_first_factor_signs_in_with_the_emailed_code()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await PasswordlessPoolAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var challenge = await UserAuthAsync(pool, "tom", ("PREFERRED_CHALLENGE", "EMAIL_OTP"));
        Assert.Equal(ChallengeNameType.EMAIL_OTP, challenge.ChallengeName);
        Assert.Equal("t***@e***", challenge.ChallengeParameters["CODE_DELIVERY_DESTINATION"]);
        var mail = pool.LatestMessage("tom");
        Assert.Equal("SIGN_IN_CODE", mail.Kind);
        await Assert.ThrowsAsync<CodeMismatchException>(() =>
            pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", mail.Code == "000000" ? "111111" : "000000")));
        var done = await pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", mail.Code));
        Assert.False(string.IsNullOrEmpty(done.AuthenticationResult.AccessToken));

        var chosen = await pool.RespondAsync("SELECT_CHALLENGE", (await UserAuthAsync(pool, "tom")).Session, ("USERNAME", "tom"), ("ANSWER", "EMAIL_OTP"));
        Assert.Equal(ChallengeNameType.EMAIL_OTP, chosen.ChallengeName);
    }

    [Fact]
    public async Task A_user_with_a_temporary_password_is_not_offered_the_email_code()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await PasswordlessPoolAsync(t);
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = pool.PoolId,
            Username = "tom",
            TemporaryPassword = TestServer.Password,
            UserAttributes = [new AttributeType { Name = "email", Value = "tom@example.com" }],
        });
        var select = await UserAuthAsync(pool, "tom", ("PREFERRED_CHALLENGE", "EMAIL_OTP"));
        Assert.Equal(ChallengeNameType.SELECT_CHALLENGE, select.ChallengeName);
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], select.AvailableChallenges);
        var newPassword = await pool.RespondAsync("SELECT_CHALLENGE", select.Session, ("USERNAME", "tom"), ("ANSWER", "PASSWORD"), ("PASSWORD", TestServer.Password));
        Assert.Equal(ChallengeNameType.NEW_PASSWORD_REQUIRED, newPassword.ChallengeName);
    }

    [Fact]
    public async Task PREFERRED_CHALLENGE_PASSWORD_signs_in_directly_or_asks_for_the_password()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await PasswordlessPoolAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var direct = await UserAuthAsync(pool, "tom", ("PREFERRED_CHALLENGE", "PASSWORD"), ("PASSWORD", TestServer.Password));
        Assert.NotNull(direct.AuthenticationResult);

        var asked = await UserAuthAsync(pool, "tom", ("PREFERRED_CHALLENGE", "PASSWORD"));
        Assert.Equal(ChallengeNameType.PASSWORD, asked.ChallengeName);
        var done = await pool.RespondAsync("PASSWORD", asked.Session, ("USERNAME", "tom"), ("PASSWORD", TestServer.Password));
        Assert.NotNull(done.AuthenticationResult);

        var srpAsked = await UserAuthAsync(pool, "tom", ("PREFERRED_CHALLENGE", "PASSWORD_SRP"));
        Assert.Equal(ChallengeNameType.PASSWORD_SRP, srpAsked.ChallengeName);
        var verifier = await pool.RespondAsync("PASSWORD_SRP", srpAsked.Session, ("USERNAME", "tom"), ("SRP_A", new SrpClient().SrpAHex));
        Assert.Equal(ChallengeNameType.PASSWORD_VERIFIER, verifier.ChallengeName);
    }

    [Fact]
    public async Task A_password_first_factor_is_followed_by_the_MFA_the_pool_requires()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t, mfa: "ON");
        var (secret, _) = await pool.TotpUserAsync("tom");
        t.NextStep();
        var select = await UserAuthAsync(pool, "tom");
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], select.AvailableChallenges);
        var mfa = await pool.RespondAsync("SELECT_CHALLENGE", select.Session, ("USERNAME", "tom"), ("ANSWER", "PASSWORD"), ("PASSWORD", TestServer.Password));
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, mfa.ChallengeName);
        var done = await pool.RespondAsync("SOFTWARE_TOKEN_MFA", mfa.Session, ("USERNAME", "tom"), ("SOFTWARE_TOKEN_MFA_CODE", t.Code(secret)));
        Assert.NotNull(done.AuthenticationResult);

        await pool.SignUpConfirmedAsync("ann");
        var setup = await UserAuthAsync(pool, "ann", ("PREFERRED_CHALLENGE", "PASSWORD"), ("PASSWORD", TestServer.Password));
        Assert.Equal(ChallengeNameType.MFA_SETUP, setup.ChallengeName);
    }

    [Fact]
    public async Task A_client_without_ALLOW_USER_AUTH_refuses_the_flow()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var withoutUserAuth = await t.CreateClientAsync(request => request.ExplicitAuthFlows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]);
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = withoutUserAuth.ClientId,
            AuthFlow = AuthFlowType.USER_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom" },
        }));
        Assert.Equal("USER_AUTH flow not enabled for this client", error.Message);
    }

    [Fact]
    public async Task Passkeys_and_SMS_codes_are_not_configured()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await PasswordlessPoolAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var fallback = await UserAuthAsync(pool, "tom", ("PREFERRED_CHALLENGE", "WEB_AUTHN"));
        Assert.Equal(ChallengeNameType.SELECT_CHALLENGE, fallback.ChallengeName);
        var webAuthn = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            pool.RespondAsync("SELECT_CHALLENGE", fallback.Session, ("USERNAME", "tom"), ("ANSWER", "WEB_AUTHN")));
        Assert.StartsWith("WEB_AUTHN is not configured", webAuthn.Message);
        var sms = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            pool.RespondAsync("SELECT_CHALLENGE", fallback.Session, ("USERNAME", "tom"), ("ANSWER", "SMS_OTP")));
        Assert.StartsWith("SMS_OTP is not configured", sms.Message);
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "sms",
            Policies = new UserPoolPolicyType { SignInPolicy = new SignInPolicyType { AllowedFirstAuthFactors = ["PASSWORD", "SMS_OTP"] } },
        }));
    }

    [Fact]
    public async Task ConfirmSignUp_Session_is_the_first_factor_only_and_works_once()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t, mfa: "ON");
        var signUp = await pool.SignUpAsync("tom");
        Assert.False(string.IsNullOrEmpty(signUp.Session));
        var confirmed = await t.Client.ConfirmSignUpAsync(new ConfirmSignUpRequest
        {
            ClientId = pool.ClientId,
            Username = "tom",
            ConfirmationCode = t.LatestCode("tom"),
            Session = signUp.Session,
        });
        Assert.False(string.IsNullOrEmpty(confirmed.Session));
        var request = new InitiateAuthRequest
        {
            ClientId = pool.ClientId,
            AuthFlow = AuthFlowType.USER_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom" },
            Session = confirmed.Session,
        };
        // The pool requires MFA: the confirmation code stands in for the password, never for MFA (issue 22 item 4).
        var next = await t.Client.InitiateAuthAsync(request);
        Assert.Null(next.AuthenticationResult);
        Assert.Equal(ChallengeNameType.MFA_SETUP, next.ChallengeName);
        var again = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.InitiateAuthAsync(request));
        Assert.Equal("Invalid session for the user, session can only be used once.", again.Message);
    }

    [Fact]
    public async Task GetUserAuthFactors_lists_MFA_and_first_factors()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await PasswordlessPoolAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        await pool.EnableEmailMfaAsync("tom", preferred: true);
        var challenge = await pool.PasswordAuthAsync("tom");
        var tokens = (await pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", pool.LatestMessage("tom").Code)))
            .AuthenticationResult;
        var factors = await t.Client.GetUserAuthFactorsAsync(new GetUserAuthFactorsRequest { AccessToken = tokens.AccessToken });
        Assert.Equal("tom", factors.Username);
        Assert.Equal(["EMAIL_OTP"], factors.UserMFASettingList);
        Assert.Equal("EMAIL_OTP", factors.PreferredMfaSetting);
        Assert.Equal(["PASSWORD", "EMAIL_OTP"], factors.ConfiguredUserAuthFactors);
    }

    [Fact]
    public async Task Sign_in_policies_follow_the_tier_and_MFA_rules_and_UpdateUserPool_replaces_them()
    {
        await using var t = await TestServer.StartAsync();
        var passwordless = new UserPoolPolicyType { SignInPolicy = new SignInPolicyType { AllowedFirstAuthFactors = ["PASSWORD", "EMAIL_OTP"] } };
        var ses = new EmailConfigurationType { EmailSendingAccount = EmailSendingAccountType.DEVELOPER, SourceArn = "arn:aws:ses:us-east-1:000000000000:identity/a@example.com" };
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "mfa-on", MfaConfiguration = UserPoolMfaType.ON, Policies = passwordless, EmailConfiguration = ses,
        }));
        await Assert.ThrowsAsync<FeatureUnavailableInTierException>(() => t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "lite", UserPoolTier = UserPoolTierType.LITE, Policies = passwordless, EmailConfiguration = ses,
        }));

        var pool = await EmailMfaPool.CreateAsync(t, mfa: "OPTIONAL");
        await t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest
        {
            UserPoolId = pool.PoolId,
            MfaConfiguration = UserPoolMfaType.OPTIONAL,
            Policies = passwordless,
            EmailConfiguration = ses,
        });
        var described = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.PoolId })).UserPool;
        Assert.Equal(["PASSWORD", "EMAIL_OTP"], described.Policies.SignInPolicy.AllowedFirstAuthFactors);
        Assert.Equal(8, described.Policies.PasswordPolicy.MinimumLength);
        Assert.Equal(UserPoolTierType.ESSENTIALS, described.UserPoolTier);
        Assert.Equal(["sub", "email"], described.SchemaAttributes.Where(attribute => attribute.Required == true).Select(attribute => attribute.Name));

        // Members left out return to their defaults: MFA OFF, PASSWORD-only sign-in — and email MFA still needs SES.
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest { UserPoolId = pool.PoolId }));
        await t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest { UserPoolId = pool.PoolId, EmailConfiguration = ses });
        described = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.PoolId })).UserPool;
        Assert.Equal(UserPoolMfaType.OFF, described.MfaConfiguration);
        Assert.Equal(["PASSWORD"], described.Policies.SignInPolicy.AllowedFirstAuthFactors);
    }

    [Fact]
    public async Task The_default_pool_offers_USER_AUTH_with_password_factors_and_email_MFA_set_up()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("tom");
        var select = await t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.USER_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom" },
        });
        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], select.AvailableChallenges);
        var setup = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SELECT_CHALLENGE,
            Session = select.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["ANSWER"] = "PASSWORD", ["PASSWORD"] = TestServer.Password },
        });
        Assert.Equal(ChallengeNameType.MFA_SETUP, setup.ChallengeName);
        Assert.Equal("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]", setup.ChallengeParameters["MFAS_CAN_SETUP"]);
        var email = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.MFA_SETUP,
            Session = setup.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["EMAIL"] = "tom@example.com" },
        });
        Assert.Equal(ChallengeNameType.EMAIL_OTP, email.ChallengeName);
        var mail = t.Server.Outbox[^1];
        Assert.Equal("Your CognitoMfaScenario sign-in code", mail.Subject);
        Assert.Equal($"Your sign-in code is {mail.Code}. It expires in a few minutes.", mail.Message);
    }
}
