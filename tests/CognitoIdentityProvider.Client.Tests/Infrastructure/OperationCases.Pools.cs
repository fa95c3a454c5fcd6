using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>User pools: listing, describing, creating, updating and deleting.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> PoolsCases()
    {
        yield return OperationCase.Create("ListUserPools", true,
            new ListUserPoolsRequest { MaxResults = 60, NextToken = "n1" },
            (c, r, ct) => c.ListUserPoolsAsync(r, ct),
            """{"MaxResults":60,"NextToken":"n1"}""",
            """{"UserPools":[{"Id":"us-east-1_AbC123xyZ","Name":"scenario","Status":"Enabled","CreationDate":1700000000,"LastModifiedDate":1700000000,"LambdaConfig":{}}]}""",
            r =>
            {
                var pool = Assert.Single(r.UserPools);
                Assert.Equal("scenario", pool.Name);
                Assert.Equal(StatusType.Enabled, pool.Status);
                Assert.Equal(Epoch1700000000, pool.LastModifiedDate);
                Assert.NotNull(pool.LambdaConfig);
                Assert.Null(r.NextToken);
            });

        yield return OperationCase.Create("DescribeUserPool", true,
            new DescribeUserPoolRequest { UserPoolId = PoolId },
            (c, r, ct) => c.DescribeUserPoolAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            """
            {"UserPool":{"Id":"us-east-1_AbC123xyZ","Name":"scenario","MfaConfiguration":"ON","EstimatedNumberOfUsers":3,
              "AutoVerifiedAttributes":["email"],"UsernameAttributes":["email"],"CreationDate":1700000000,
              "Policies":{"PasswordPolicy":{"MinimumLength":8,"RequireUppercase":true,"RequireLowercase":true,"RequireNumbers":true,"RequireSymbols":true,"TemporaryPasswordValidityDays":7}},
              "DeviceConfiguration":{"ChallengeRequiredOnNewDevice":true,"DeviceOnlyRememberedOnUserPrompt":false},
              "SchemaAttributes":[{"Name":"email","AttributeDataType":"String","Mutable":true,"Required":true,"StringAttributeConstraints":{"MinLength":"0","MaxLength":"2048"}}],
              "UserPoolTags":{"project":"scenario"},"UsernameConfiguration":{"CaseSensitive":false},"DeletionProtection":"INACTIVE",
              "AccountRecoverySetting":{"RecoveryMechanisms":[{"Name":"verified_email","Priority":1}]}}}
            """,
            r =>
            {
                var pool = r.UserPool;
                Assert.Equal(UserPoolMfaType.ON, pool.MfaConfiguration);
                Assert.Equal(3, pool.EstimatedNumberOfUsers);
                Assert.Equal(["email"], pool.AutoVerifiedAttributes);
                Assert.Equal(8, pool.Policies.PasswordPolicy.MinimumLength);
                Assert.True(pool.Policies.PasswordPolicy.RequireSymbols);
                Assert.True(pool.DeviceConfiguration.ChallengeRequiredOnNewDevice);
                Assert.False(pool.DeviceConfiguration.DeviceOnlyRememberedOnUserPrompt);
                var schema = Assert.Single(pool.SchemaAttributes);
                Assert.Equal(AttributeDataType.String, schema.AttributeDataType);
                Assert.Equal("2048", schema.StringAttributeConstraints.MaxLength);
                Assert.Equal("scenario", pool.UserPoolTags["project"]);
                Assert.False(pool.UsernameConfiguration.CaseSensitive);
                Assert.Equal(DeletionProtectionType.INACTIVE, pool.DeletionProtection);
                Assert.Equal(RecoveryOptionNameType.Verified_email, Assert.Single(pool.AccountRecoverySetting.RecoveryMechanisms).Name);
            });

        yield return OperationCase.Create("CreateUserPool", true,
            new CreateUserPoolRequest
            {
                PoolName = "scenario",
                MfaConfiguration = UserPoolMfaType.ON,
                AutoVerifiedAttributes = ["email"],
                UsernameAttributes = ["email"],
                Policies = new UserPoolPolicyType
                {
                    PasswordPolicy = new PasswordPolicyType
                    {
                        MinimumLength = 8,
                        RequireLowercase = true,
                        RequireUppercase = true,
                        RequireNumbers = true,
                        RequireSymbols = false,
                        TemporaryPasswordValidityDays = 7,
                    },
                },
                DeviceConfiguration = new DeviceConfigurationType { ChallengeRequiredOnNewDevice = true, DeviceOnlyRememberedOnUserPrompt = false },
                Schema =
                [
                    new SchemaAttributeType
                    {
                        Name = "email", AttributeDataType = AttributeDataType.String, Mutable = true, Required = true,
                        StringAttributeConstraints = new StringAttributeConstraintsType { MinLength = "0", MaxLength = "2048" },
                    },
                ],
                UserPoolTags = new Dictionary<string, string> { ["project"] = "scenario" },
                UsernameConfiguration = new UsernameConfigurationType { CaseSensitive = false },
                AccountRecoverySetting = new AccountRecoverySettingType
                {
                    RecoveryMechanisms = [new RecoveryOptionType { Name = RecoveryOptionNameType.Verified_email, Priority = 1 }],
                },
                AdminCreateUserConfig = new AdminCreateUserConfigType { AllowAdminCreateUserOnly = false },
                DeletionProtection = DeletionProtectionType.INACTIVE,
            },
            (c, r, ct) => c.CreateUserPoolAsync(r, ct),
            """
            {"PoolName":"scenario","MfaConfiguration":"ON","AutoVerifiedAttributes":["email"],"UsernameAttributes":["email"],
             "Policies":{"PasswordPolicy":{"MinimumLength":8,"RequireLowercase":true,"RequireUppercase":true,"RequireNumbers":true,"RequireSymbols":false,"TemporaryPasswordValidityDays":7}},
             "DeviceConfiguration":{"ChallengeRequiredOnNewDevice":true,"DeviceOnlyRememberedOnUserPrompt":false},
             "Schema":[{"Name":"email","AttributeDataType":"String","Mutable":true,"Required":true,"StringAttributeConstraints":{"MinLength":"0","MaxLength":"2048"}}],
             "UserPoolTags":{"project":"scenario"},"UsernameConfiguration":{"CaseSensitive":false},
             "AccountRecoverySetting":{"RecoveryMechanisms":[{"Name":"verified_email","Priority":1}]},
             "AdminCreateUserConfig":{"AllowAdminCreateUserOnly":false},"DeletionProtection":"INACTIVE"}
            """,
            """{"UserPool":{"Id":"us-east-1_New123","Name":"scenario","Arn":"arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_New123","LastModifiedDate":1700000000}}""",
            r =>
            {
                Assert.Equal("us-east-1_New123", r.UserPool.Id);
                Assert.StartsWith("arn:aws:cognito-idp:", r.UserPool.Arn);
                Assert.Equal(Epoch1700000000, r.UserPool.LastModifiedDate);
            });

        yield return OperationCase.Create("DeleteUserPool", true,
            new DeleteUserPoolRequest { UserPoolId = PoolId },
            (c, r, ct) => c.DeleteUserPoolAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("UpdateUserPool", true,
            new UpdateUserPoolRequest
            {
                UserPoolId = PoolId,
                PoolName = "scenario-renamed",
                Policies = new UserPoolPolicyType
                {
                    PasswordPolicy = new PasswordPolicyType
                    {
                        MinimumLength = 12,
                        RequireUppercase = true,
                        RequireLowercase = true,
                        RequireNumbers = true,
                        RequireSymbols = false,
                        PasswordHistorySize = 5,
                        TemporaryPasswordValidityDays = 3,
                    },
                    SignInPolicy = new SignInPolicyType { AllowedFirstAuthFactors = ["PASSWORD", "EMAIL_OTP"] },
                },
                DeletionProtection = DeletionProtectionType.ACTIVE,
                LambdaConfig = new LambdaConfigType
                {
                    PreSignUp = LambdaArn("pre-sign-up"),
                    PreTokenGenerationConfig = new PreTokenGenerationVersionConfigType { LambdaVersion = PreTokenGenerationLambdaVersionType.V2_0, LambdaArn = LambdaArn("pre-token") },
                    CustomEmailSender = new CustomEmailLambdaVersionConfigType { LambdaVersion = CustomEmailSenderLambdaVersionType.V1_0, LambdaArn = LambdaArn("email-sender") },
                    KMSKeyID = "arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d-0000-4000-8000-000000000001",
                },
                AutoVerifiedAttributes = ["email"],
                SmsVerificationMessage = "Your code is {####}",
                EmailVerificationMessage = "Your code is {####}",
                EmailVerificationSubject = "Your code",
                VerificationMessageTemplate = new VerificationMessageTemplateType
                {
                    EmailMessageByLink = "Please click {##Verify Email##}",
                    EmailSubjectByLink = "Verify your email",
                    DefaultEmailOption = DefaultEmailOptionType.CONFIRM_WITH_LINK,
                },
                SmsAuthenticationMessage = "Your sign-in code is {####}",
                UserAttributeUpdateSettings = new UserAttributeUpdateSettingsType { AttributesRequireVerificationBeforeUpdate = ["email"] },
                MfaConfiguration = UserPoolMfaType.OPTIONAL,
                DeviceConfiguration = new DeviceConfigurationType { ChallengeRequiredOnNewDevice = false, DeviceOnlyRememberedOnUserPrompt = true },
                EmailConfiguration = new EmailConfigurationType { EmailSendingAccount = EmailSendingAccountType.COGNITO_DEFAULT, ReplyToEmailAddress = "support@example.com" },
                SmsConfiguration = new SmsConfigurationType { SnsCallerArn = "arn:aws:iam::123456789012:role/cognito-sms", ExternalId = "ext-1", SnsRegion = "us-east-1" },
                UserPoolTags = new Dictionary<string, string> { ["project"] = "scenario", ["stage"] = "test" },
                AdminCreateUserConfig = new AdminCreateUserConfigType
                {
                    AllowAdminCreateUserOnly = true,
                    UnusedAccountValidityDays = 7,
                    InviteMessageTemplate = new MessageTemplateType { EmailSubject = "Welcome", EmailMessage = "User {username}, password {####}" },
                },
                UserPoolAddOns = new UserPoolAddOnsType
                {
                    AdvancedSecurityMode = AdvancedSecurityModeType.AUDIT,
                    AdvancedSecurityAdditionalFlows = new AdvancedSecurityAdditionalFlowsType { CustomAuthMode = AdvancedSecurityEnabledModeType.AUDIT },
                },
                AccountRecoverySetting = new AccountRecoverySettingType
                {
                    RecoveryMechanisms =
                    [
                        new RecoveryOptionType { Name = RecoveryOptionNameType.Verified_email, Priority = 1 },
                        new RecoveryOptionType { Name = RecoveryOptionNameType.Verified_phone_number, Priority = 2 },
                    ],
                },
                UserPoolTier = UserPoolTierType.ESSENTIALS,
            },
            (c, r, ct) => c.UpdateUserPoolAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","PoolName":"scenario-renamed",
             "Policies":{"PasswordPolicy":{"MinimumLength":12,"RequireUppercase":true,"RequireLowercase":true,"RequireNumbers":true,"RequireSymbols":false,
                                          "PasswordHistorySize":5,"TemporaryPasswordValidityDays":3},
                         "SignInPolicy":{"AllowedFirstAuthFactors":["PASSWORD","EMAIL_OTP"]}},
             "DeletionProtection":"ACTIVE",
             "LambdaConfig":{"PreSignUp":"arn:aws:lambda:us-east-1:123456789012:function:pre-sign-up",
                             "PreTokenGenerationConfig":{"LambdaVersion":"V2_0","LambdaArn":"arn:aws:lambda:us-east-1:123456789012:function:pre-token"},
                             "CustomEmailSender":{"LambdaVersion":"V1_0","LambdaArn":"arn:aws:lambda:us-east-1:123456789012:function:email-sender"},
                             "KMSKeyID":"arn:aws:kms:us-east-1:123456789012:key/1a2b3c4d-0000-4000-8000-000000000001"},
             "AutoVerifiedAttributes":["email"],"SmsVerificationMessage":"Your code is {####}","EmailVerificationMessage":"Your code is {####}",
             "EmailVerificationSubject":"Your code",
             "VerificationMessageTemplate":{"EmailMessageByLink":"Please click {##Verify Email##}","EmailSubjectByLink":"Verify your email","DefaultEmailOption":"CONFIRM_WITH_LINK"},
             "SmsAuthenticationMessage":"Your sign-in code is {####}",
             "UserAttributeUpdateSettings":{"AttributesRequireVerificationBeforeUpdate":["email"]},
             "MfaConfiguration":"OPTIONAL","DeviceConfiguration":{"ChallengeRequiredOnNewDevice":false,"DeviceOnlyRememberedOnUserPrompt":true},
             "EmailConfiguration":{"EmailSendingAccount":"COGNITO_DEFAULT","ReplyToEmailAddress":"support@example.com"},
             "SmsConfiguration":{"SnsCallerArn":"arn:aws:iam::123456789012:role/cognito-sms","ExternalId":"ext-1","SnsRegion":"us-east-1"},
             "UserPoolTags":{"project":"scenario","stage":"test"},
             "AdminCreateUserConfig":{"AllowAdminCreateUserOnly":true,"UnusedAccountValidityDays":7,
                                      "InviteMessageTemplate":{"EmailSubject":"Welcome","EmailMessage":"User {username}, password {####}"}},
             "UserPoolAddOns":{"AdvancedSecurityMode":"AUDIT","AdvancedSecurityAdditionalFlows":{"CustomAuthMode":"AUDIT"}},
             "AccountRecoverySetting":{"RecoveryMechanisms":[{"Name":"verified_email","Priority":1},{"Name":"verified_phone_number","Priority":2}]},
             "UserPoolTier":"ESSENTIALS"}
            """,
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }

    private static string LambdaArn(string function) => $"arn:aws:lambda:us-east-1:123456789012:function:{function}";
}
