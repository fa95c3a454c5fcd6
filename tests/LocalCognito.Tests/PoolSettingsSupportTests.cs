using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>Settings LocalCognito does not emulate are refused, naming the setting, on create and on update.</summary>
public sealed class PoolSettingsSupportTests
{
    public static TheoryData<string, string> RefusedPoolSettings => new()
    {
        { "LambdaConfig", "Not emulated by LocalCognito: LambdaConfig (DefineAuthChallenge): LocalCognito runs only the triggers PreSignUp" },
        { "SmsConfiguration", "Not emulated by LocalCognito: SmsConfiguration: LocalCognito does not send SMS" },
        { "AutoVerifiedPhone", "Not emulated by LocalCognito: AutoVerifiedAttributes phone_number" },
        { "PhoneBeforeUpdate", "Not emulated by LocalCognito: AttributesRequireVerificationBeforeUpdate phone_number" },
        { "ThreatProtection", "Not emulated by LocalCognito: UserPoolAddOns (threat protection" },
        { "PasswordHistory", "Not emulated by LocalCognito: PasswordPolicy.PasswordHistorySize" },
        { "ConfirmWithLink", "Not emulated by LocalCognito: VerificationMessageTemplate.DefaultEmailOption CONFIRM_WITH_LINK" },
        { "Passkeys", "Not emulated by LocalCognito: AllowedFirstAuthFactors WEB_AUTHN" },
    };

    [Theory]
    [MemberData(nameof(RefusedPoolSettings))]
    public async Task CreateUserPool_and_UpdateUserPool_refuse_a_setting_LocalCognito_does_not_emulate(string setting, string message)
    {
        await using var t = await TestServer.StartAsync();
        var create = new CreateUserPoolRequest { PoolName = "refused" };
        var update = new UpdateUserPoolRequest { UserPoolId = t.PoolId };
        switch (setting)
        {
            case "LambdaConfig":
                create.LambdaConfig = update.LambdaConfig = new LambdaConfigType { DefineAuthChallenge = "arn:aws:lambda:us-east-1:000000000000:function:f" };
                break;
            case "SmsConfiguration":
                create.SmsConfiguration = update.SmsConfiguration = new SmsConfigurationType { SnsCallerArn = "arn:aws:iam::000000000000:role/sms" };
                break;
            case "AutoVerifiedPhone":
                create.AutoVerifiedAttributes = update.AutoVerifiedAttributes = [VerifiedAttributeType.Phone_number];
                break;
            case "PhoneBeforeUpdate":
                create.UserAttributeUpdateSettings = update.UserAttributeUpdateSettings =
                    new UserAttributeUpdateSettingsType { AttributesRequireVerificationBeforeUpdate = [VerifiedAttributeType.Phone_number] };
                break;
            case "ThreatProtection":
                create.UserPoolAddOns = update.UserPoolAddOns = new UserPoolAddOnsType { AdvancedSecurityMode = AdvancedSecurityModeType.ENFORCED };
                break;
            case "PasswordHistory":
                create.Policies = update.Policies = new UserPoolPolicyType { PasswordPolicy = new PasswordPolicyType { MinimumLength = 8, PasswordHistorySize = 3 } };
                break;
            case "Passkeys":
                create.Policies = update.Policies = new UserPoolPolicyType { SignInPolicy = new SignInPolicyType { AllowedFirstAuthFactors = ["PASSWORD", "WEB_AUTHN"] } };
                break;
            default:
                create.VerificationMessageTemplate = update.VerificationMessageTemplate =
                    new VerificationMessageTemplateType { DefaultEmailOption = DefaultEmailOptionType.CONFIRM_WITH_LINK };
                break;
        }

        var created = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserPoolAsync(create));
        Assert.StartsWith(message, created.Message);
        var updated = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.UpdateUserPoolAsync(update));
        Assert.StartsWith(message, updated.Message);
        Assert.DoesNotContain((await t.Client.ListUserPoolsAsync(new ListUserPoolsRequest { MaxResults = 60 })).UserPools, pool => pool.Name == "refused");
    }

    [Fact]
    public async Task An_app_client_with_AnalyticsConfiguration_is_refused()
    {
        await using var t = await TestServer.StartAsync();
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientName = "analytics",
            AnalyticsConfiguration = new AnalyticsConfigurationType { ApplicationId = "abc", RoleArn = "arn:aws:iam::000000000000:role/pinpoint", ExternalId = "x" },
        }));
        Assert.Equal("Not emulated by LocalCognito: AnalyticsConfiguration (Amazon Pinpoint analytics); leave it out.", error.Message);
    }

    [Fact]
    public async Task Deletion_protection_keeps_a_pool_until_it_is_switched_off()
    {
        await using var t = await TestServer.StartAsync();
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "kept", DeletionProtection = DeletionProtectionType.ACTIVE })).UserPool;

        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.DeleteUserPoolAsync(new DeleteUserPoolRequest { UserPoolId = pool.Id }));
        Assert.Equal("The user pool cannot be deleted because deletion protection is activated. Deletion protection must be inactivated first.", error.Message);

        await t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest { UserPoolId = pool.Id, DeletionProtection = DeletionProtectionType.INACTIVE });
        await t.Client.DeleteUserPoolAsync(new DeleteUserPoolRequest { UserPoolId = pool.Id });
        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = pool.Id }));
    }

    [Fact]
    public async Task CUSTOM_AUTH_answers_as_Cognito_does_for_a_pool_without_its_Lambda_triggers()
    {
        await using var t = await TestServer.StartAsync();
        var client = await t.CreateClientAsync(request => request.ExplicitAuthFlows = ["ALLOW_CUSTOM_AUTH"]);

        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = client.ClientId,
            AuthFlow = AuthFlowType.CUSTOM_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom" },
        }));
        Assert.Equal("Custom auth lambda trigger is not configured for the user pool.", error.Message);
        var notEnabled = await Assert.ThrowsAsync<InvalidParameterException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.CUSTOM_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "tom" },
        }));
        Assert.Equal("Auth flow not enabled for this client", notEnabled.Message);
    }

    [Fact]
    public async Task A_remembered_device_replaces_MFA_only_with_ChallengeRequiredOnNewDevice()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        await t.RememberDeviceAsync(tokens);
        var deviceKey = tokens.NewDeviceMetadata.DeviceKey;
        Assert.Equal(ChallengeNameType.DEVICE_SRP_AUTH, (await t.PasswordAuthAsync("tom", deviceKey: deviceKey)).ChallengeName);

        var current = (await t.Client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = t.PoolId })).UserPool;
        await t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest
        {
            UserPoolId = t.PoolId,
            MfaConfiguration = UserPoolMfaType.ON,
            EmailConfiguration = current.EmailConfiguration,
            AutoVerifiedAttributes = [VerifiedAttributeType.Email],
            DeviceConfiguration = new DeviceConfigurationType { ChallengeRequiredOnNewDevice = false, DeviceOnlyRememberedOnUserPrompt = false },
        });

        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom", deviceKey: deviceKey)).ChallengeName);
    }
}
