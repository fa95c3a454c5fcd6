using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Documented edges: the full attribute schema, TOTP re-association, and MFA preferences.</summary>
public sealed class SchemaAndMfaEdgeTests
{
    [Fact]
    public async Task DescribeUserPool_lists_every_standard_attribute_then_the_custom_ones()
    {
        await using var t = await TestServer.StartAsync();
        var custom = await CustomPool.CreateAsync(t);
        var schema = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = custom.PoolId })).UserPool.SchemaAttributes;
        Assert.Equal(
            ["sub", "name", "given_name", "family_name", "middle_name", "nickname", "preferred_username", "profile", "picture", "website",
             "email", "email_verified", "gender", "birthdate", "zoneinfo", "locale", "phone_number", "phone_number_verified", "address",
             "updated_at", "identities", "custom:plan", "custom:tier"],
            schema.Select(attribute => attribute.Name).ToList());
        var sub = schema[0];
        Assert.Equal((false, true, "1", "2048"), (sub.Mutable, sub.Required, sub.StringAttributeConstraints.MinLength, sub.StringAttributeConstraints.MaxLength));
        Assert.Equal(AttributeDataType.Boolean, schema.Single(attribute => attribute.Name == "email_verified").AttributeDataType);
        var updatedAt = schema.Single(attribute => attribute.Name == "updated_at");
        Assert.Equal((AttributeDataType.Number, "0"), (updatedAt.AttributeDataType, updatedAt.NumberAttributeConstraints.MinValue));
        Assert.Equal("10", schema.Single(attribute => attribute.Name == "birthdate").StringAttributeConstraints.MaxLength);
        var email = schema.Single(attribute => attribute.Name == "email");
        Assert.True(email.Required);
        Assert.False(schema.Single(attribute => attribute.Name == "custom:tier").Mutable);
        Assert.False(schema.Single(attribute => attribute.Name == "name").Required);
    }

    [Fact]
    public async Task AssociateSoftwareToken_in_a_pool_without_TOTP_is_refused()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var tokens = await pool.SignInAsync("tom");
        var error = await Assert.ThrowsAsync<SoftwareTokenMFANotFoundException>(() =>
            t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { AccessToken = tokens.AccessToken }));
        Assert.Equal("Software Token MFA has not been enabled by the userPool.", error.Message);
    }

    [Fact]
    public async Task Associating_again_keeps_the_old_authenticator_until_the_new_one_is_verified()
    {
        await using var t = await TestServer.StartAsync();
        var (oldSecret, tokens) = await t.EnrolledUserAsync("tom");
        var newSecret = (await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { AccessToken = tokens.AccessToken })).SecretCode;
        Assert.NotEqual(oldSecret, newSecret);

        t.NextStep();
        await SignInWithCodeAsync(t, oldSecret); // still the enrolled authenticator

        t.NextStep();
        await t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { AccessToken = tokens.AccessToken, UserCode = t.Code(newSecret) });
        t.NextStep();
        var stale = await Assert.ThrowsAsync<CodeMismatchException>(() => SignInWithCodeAsync(t, oldSecret));
        Assert.Equal("Invalid code received for user", stale.Message);
        t.NextStep();
        await SignInWithCodeAsync(t, newSecret);
    }

    [Fact]
    public async Task Enabled_but_not_preferred_reports_no_preferred_method()
    {
        await using var t = await TestServer.StartAsync();
        var mfaPool = await CustomPool.CreateAsync(t, mfa: "OPTIONAL");
        await mfaPool.SignUpConfirmedAsync("tom");
        var tokens = await mfaPool.SignInAsync("tom");
        var secret = (await t.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { AccessToken = tokens.AccessToken })).SecretCode;
        await t.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { AccessToken = tokens.AccessToken, UserCode = t.Code(secret) });
        await t.Client.SetUserMFAPreferenceAsync(new SetUserMFAPreferenceRequest
        {
            AccessToken = tokens.AccessToken,
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = false },
        });
        var user = await t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken });
        Assert.Equal(["SOFTWARE_TOKEN_MFA"], user.UserMFASettingList);
        Assert.Null(user.PreferredMfaSetting);
    }

    [Fact]
    public async Task With_MFA_required_switching_TOTP_off_keeps_it_on_so_no_forced_re_enrolment()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, tokens) = await t.EnrolledUserAsync("tom");
        await t.Client.SetUserMFAPreferenceAsync(new SetUserMFAPreferenceRequest
        {
            AccessToken = tokens.AccessToken,
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = false, PreferredMfa = false },
        });
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal(["SOFTWARE_TOKEN_MFA"], user.UserMFASettingList);
        t.NextStep();
        await SignInWithCodeAsync(t, secret);
    }

    private static async Task<AuthenticationResultType> SignInWithCodeAsync(TestServer t, string secret)
    {
        var challenge = await t.PasswordAuthAsync("tom");
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, challenge.ChallengeName);
        return (await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
        })).AuthenticationResult;
    }
}
