using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

/// <summary>Email MFA (EMAIL_OTP): pool configuration, set-up, the challenge, choosing a factor, devices and lockouts.</summary>
public sealed class EmailMfaTests
{
    [Fact]
    public async Task GetUserPoolMfaConfig_reports_the_email_subject_and_message()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        var config = await t.Client.GetUserPoolMfaConfigAsync(new GetUserPoolMfaConfigRequest { UserPoolId = pool.PoolId });
        Assert.Equal(EmailMfaPool.Subject, config.EmailMfaConfiguration.Subject);
        Assert.Equal(EmailMfaPool.Message, config.EmailMfaConfiguration.Message);
        Assert.True(config.SoftwareTokenMfaConfiguration.Enabled);
        Assert.Equal(UserPoolMfaType.ON, config.MfaConfiguration);

        var described = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.PoolId })).UserPool;
        Assert.Equal(UserPoolTierType.ESSENTIALS, described.UserPoolTier);
    }

    [Fact]
    public async Task An_email_message_without_the_code_placeholder_is_refused()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.SetUserPoolMfaConfigAsync(new SetUserPoolMfaConfigRequest
        {
            UserPoolId = pool.PoolId,
            EmailMfaConfiguration = new EmailMfaConfigType { Message = "Your code is ready" },
        }));
        Assert.Contains("emailMfaConfiguration.message", error.Message);
    }

    [Fact]
    public async Task Email_MFA_needs_the_Essentials_tier_and_Amazon_SES()
    {
        await using var t = await TestServer.StartAsync();
        var lite = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "lite",
            UserPoolTier = UserPoolTierType.LITE,
            EmailConfiguration = new EmailConfigurationType { EmailSendingAccount = EmailSendingAccountType.DEVELOPER, SourceArn = "arn:aws:ses:us-east-1:000000000000:identity/a@example.com" },
        })).UserPool;
        await Assert.ThrowsAsync<FeatureUnavailableInTierException>(() => t.Client.SetUserPoolMfaConfigAsync(new SetUserPoolMfaConfigRequest
        {
            UserPoolId = lite.Id,
            EmailMfaConfiguration = new EmailMfaConfigType { Message = "Code {####}" },
        }));

        var cognitoMail = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "cognito-mail" })).UserPool;
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.SetUserPoolMfaConfigAsync(new SetUserPoolMfaConfigRequest
        {
            UserPoolId = cognitoMail.Id,
            EmailMfaConfiguration = new EmailMfaConfigType { Message = "Code {####}" },
        }));
        Assert.Contains("DEVELOPER", error.Message);
    }

    [Fact]
    public async Task MFA_SETUP_offers_both_factors_and_completes_with_an_emailed_code()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var setup = await pool.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.MFA_SETUP, setup.ChallengeName);
        Assert.Equal("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]", setup.ChallengeParameters["MFAS_CAN_SETUP"]);

        var challenge = await pool.RespondAsync("MFA_SETUP", setup.Session, ("USERNAME", "tom"), ("EMAIL", "tom@example.com"));
        Assert.Equal(ChallengeNameType.EMAIL_OTP, challenge.ChallengeName);
        Assert.Equal("EMAIL", challenge.ChallengeParameters["CODE_DELIVERY_DELIVERY_MEDIUM"]);
        Assert.Equal("t***@e***", challenge.ChallengeParameters["CODE_DELIVERY_DESTINATION"]);
        var mail = pool.LatestMessage("tom");
        Assert.Equal("MFA_CODE", mail.Kind);
        Assert.Equal("tom@example.com", mail.Destination);
        Assert.Equal(EmailMfaPool.Subject, mail.Subject);
        Assert.Equal($"Your code is {mail.Code}. It expires soon.", mail.Message);
        Assert.Matches("^[0-9]{8}$", mail.Code);
        var listed = System.Text.Json.Nodes.JsonNode.Parse(await t.Http.GetStringAsync($"/_local/outbox?username=tom&poolId={pool.PoolId}"))!.AsArray();
        Assert.Equal("MFA_CODE", listed[^1]!["kind"]!.GetValue<string>());
        Assert.Equal(EmailMfaPool.Subject, listed[^1]!["subject"]!.GetValue<string>());
        // The sign-up confirmation code is a verification email, not an MFA one.
        Assert.Equal("Your verification code", listed[0]!["subject"]!.GetValue<string>());

        var done = await pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", mail.Code));
        Assert.False(string.IsNullOrEmpty(done.AuthenticationResult.AccessToken));

        var admin = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "tom" });
        Assert.Equal(["EMAIL_OTP"], admin.UserMFASettingList);
        Assert.Equal("EMAIL_OTP", admin.PreferredMfaSetting);
        var self = await t.Client.GetUserAsync(new GetUserRequest { AccessToken = done.AuthenticationResult.AccessToken });
        Assert.Equal(admin.UserMFASettingList, self.UserMFASettingList);
        Assert.Equal(admin.PreferredMfaSetting, self.PreferredMfaSetting);

        // The next sign-in asks for a new emailed code.
        var again = await pool.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.EMAIL_OTP, again.ChallengeName);
        Assert.NotEqual(mail, pool.LatestMessage("tom"));
    }

    [Fact]
    public async Task A_wrong_code_keeps_the_challenge_open_and_a_used_code_cannot_be_used_again()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        await pool.EnableEmailMfaAsync("tom");
        var challenge = await pool.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.EMAIL_OTP, challenge.ChallengeName);
        var code = pool.LatestMessage("tom").Code;
        var wrong = code == "000000" ? "111111" : "000000";

        var mismatch = await Assert.ThrowsAsync<CodeMismatchException>(() =>
            pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", wrong)));
        Assert.Equal("Invalid code received for user", mismatch.Message);

        var done = await pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", code));
        Assert.NotNull(done.AuthenticationResult);

        var reused = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", code)));
        Assert.Equal("Invalid session for the user, session can only be used once.", reused.Message);

        // A code from an earlier sign-in does not answer a new one.
        var next = await pool.PasswordAuthAsync("tom");
        if (pool.LatestMessage("tom").Code != code)
        {
            await Assert.ThrowsAsync<CodeMismatchException>(() =>
                pool.RespondAsync("EMAIL_OTP", next.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", code)));
        }
    }

    [Fact]
    public async Task The_emailed_code_expires_with_its_session()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        await pool.EnableEmailMfaAsync("tom");
        var challenge = await pool.PasswordAuthAsync("tom");
        var code = pool.LatestMessage("tom").Code;
        t.Time.Advance(TimeSpan.FromMinutes(3) + TimeSpan.FromSeconds(1));
        var expired = await Assert.ThrowsAsync<NotAuthorizedException>(() =>
            pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", code)));
        Assert.Equal("Invalid session for the user, session is expired.", expired.Message);
    }

    [Fact]
    public async Task Two_factors_without_a_preference_get_SELECT_MFA_TYPE()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        var (secret, _) = await pool.TotpUserAsync("tom");
        await t.Client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = pool.PoolId,
            Username = "tom",
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = false },
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = true, PreferredMfa = false },
        });
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "tom" });
        Assert.Equal(["SOFTWARE_TOKEN_MFA", "EMAIL_OTP"], user.UserMFASettingList);
        Assert.Null(user.PreferredMfaSetting);

        var select = await pool.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.SELECT_MFA_TYPE, select.ChallengeName);
        Assert.Equal("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]", select.ChallengeParameters["MFAS_CAN_CHOOSE"]);
        var email = await pool.RespondAsync("SELECT_MFA_TYPE", select.Session, ("USERNAME", "tom"), ("ANSWER", "EMAIL_OTP"));
        Assert.Equal(ChallengeNameType.EMAIL_OTP, email.ChallengeName);
        var done = await pool.RespondAsync("EMAIL_OTP", email.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", pool.LatestMessage("tom").Code));
        Assert.NotNull(done.AuthenticationResult);

        t.NextStep();
        var again = await pool.PasswordAuthAsync("tom");
        var app = await pool.RespondAsync("SELECT_MFA_TYPE", again.Session, ("USERNAME", "tom"), ("ANSWER", "SOFTWARE_TOKEN_MFA"));
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, app.ChallengeName);
        var signedIn = await pool.RespondAsync("SOFTWARE_TOKEN_MFA", app.Session, ("USERNAME", "tom"), ("SOFTWARE_TOKEN_MFA_CODE", t.Code(secret)));
        Assert.NotNull(signedIn.AuthenticationResult);

        var third = await pool.PasswordAuthAsync("tom");
        await Assert.ThrowsAsync<InvalidParameterException>(() =>
            pool.RespondAsync("SELECT_MFA_TYPE", third.Session, ("USERNAME", "tom"), ("ANSWER", "SMS_MFA")));

        // A preference skips the choice.
        await pool.EnableEmailMfaAsync("tom", preferred: true);
        var preferred = await pool.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.EMAIL_OTP, preferred.ChallengeName);
        user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "tom" });
        Assert.Equal("EMAIL_OTP", user.PreferredMfaSetting);
    }

    [Fact]
    public async Task Only_one_factor_can_be_preferred_and_email_MFA_needs_the_pool_to_offer_it()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        await pool.TotpUserAsync("tom");
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = pool.PoolId,
            Username = "tom",
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = true },
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = true, PreferredMfa = true },
        }));

        var noEmailMfa = await CustomPool.CreateAsync(t, mfa: "OPTIONAL");
        await noEmailMfa.SignUpConfirmedAsync("ann");
        await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = noEmailMfa.PoolId,
            Username = "ann",
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = true },
        }));
    }

    [Fact]
    public async Task With_MFA_required_the_last_factor_stays_on()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        await pool.EnableEmailMfaAsync("tom");
        await t.Client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = pool.PoolId,
            Username = "tom",
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = false },
        });
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = pool.PoolId, Username = "tom" });
        Assert.Equal(["EMAIL_OTP"], user.UserMFASettingList);
    }

    [Fact]
    public async Task A_remembered_device_skips_the_emailed_code()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        await pool.EnableEmailMfaAsync("tom");
        var challenge = await pool.PasswordAuthAsync("tom");
        var tokens = (await pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", pool.LatestMessage("tom").Code)))
            .AuthenticationResult;
        var device = tokens.NewDeviceMetadata;
        var secret = await t.RememberDeviceAsync(tokens);
        var sent = t.Server.Outbox.Count;

        var first = await pool.PasswordAuthAsync("tom", device.DeviceKey);
        Assert.Equal(ChallengeNameType.DEVICE_SRP_AUTH, first.ChallengeName);
        var srp = new SrpClient();
        var verifier = await pool.RespondAsync("DEVICE_SRP_AUTH", first.Session, ("USERNAME", "tom"), ("DEVICE_KEY", device.DeviceKey), ("SRP_A", srp.SrpAHex));
        var p = verifier.ChallengeParameters;
        var timestamp = SrpTimestamp.Format(t.Time.GetUtcNow());
        var signature = srp.ComputeClaimSignature(device.DeviceGroupKey, device.DeviceKey, secret.DevicePassword, p["SALT"], p["SRP_B"], p["SECRET_BLOCK"], timestamp);
        var done = await pool.RespondAsync("DEVICE_PASSWORD_VERIFIER", verifier.Session, ("USERNAME", "tom"), ("DEVICE_KEY", device.DeviceKey),
            ("PASSWORD_CLAIM_SECRET_BLOCK", p["SECRET_BLOCK"]), ("PASSWORD_CLAIM_SIGNATURE", signature), ("TIMESTAMP", timestamp));
        Assert.NotNull(done.AuthenticationResult);
        Assert.Equal(sent, t.Server.Outbox.Count); // no code was emailed
    }

    [Fact]
    public async Task Wrong_email_codes_count_towards_the_lockout_across_sessions()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        await pool.EnableEmailMfaAsync("tom");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var challenge = await pool.PasswordAuthAsync("tom");
            var wrong = pool.LatestMessage("tom").Code == "000000" ? "111111" : "000000";
            await Assert.ThrowsAsync<CodeMismatchException>(() =>
                pool.RespondAsync("EMAIL_OTP", challenge.Session, ("USERNAME", "tom"), ("EMAIL_OTP_CODE", wrong)));
        }

        var locked = await Assert.ThrowsAsync<NotAuthorizedException>(() => pool.PasswordAuthAsync("tom"));
        Assert.Equal("Password attempts exceeded", locked.Message);
    }

    [Fact]
    public async Task With_a_recovery_setting_an_email_used_for_MFA_does_not_recover_the_account()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await EmailMfaPool.CreateAsync(t, mfa: "OPTIONAL", recovery: new AccountRecoverySettingType
        {
            RecoveryMechanisms = [new RecoveryOptionType { Name = RecoveryOptionNameType.Verified_email, Priority = 1 }],
        });
        await pool.SignUpConfirmedAsync("tom");
        await pool.SignUpConfirmedAsync("ann");
        await pool.EnableEmailMfaAsync("tom");

        var refused = await Assert.ThrowsAsync<InvalidParameterException>(() =>
            t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = pool.ClientId, Username = "tom" }));
        Assert.Equal("Cannot reset password for the user as there is no registered/verified email or phone_number", refused.Message);
        var sent = await t.Client.ForgotPasswordAsync(new ForgotPasswordRequest { ClientId = pool.ClientId, Username = "ann" });
        Assert.Equal("EMAIL", sent.CodeDeliveryDetails.DeliveryMedium);
    }
}
