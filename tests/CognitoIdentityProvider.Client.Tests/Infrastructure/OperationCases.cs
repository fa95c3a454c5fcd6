using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// A case for every operation of the client. Request bodies use every kind of member the operation has
/// (required and optional, nested structures, lists, string maps, numbers, booleans, enums); responses
/// use epoch-second timestamps as the service sends them. Which operations are signed is written out
/// here from the Cognito API reference, independently of the generator.
/// </summary>
public static class OperationCases
{
    private const string PoolId = "us-east-1_AbC123xyZ";
    private const string ClientId = "4tq8example3k6fn0c9a2rl6h";
    private static readonly DateTime Epoch1700000000 = new(2023, 11, 14, 22, 13, 20, DateTimeKind.Utc);

    public static IReadOnlyDictionary<string, OperationCase> All { get; } = Build().ToDictionary(c => c.Operation);

    public static IEnumerable<object[]> Names => All.Keys.Order(StringComparer.Ordinal).Select(n => new object[] { n });

    private static IEnumerable<OperationCase> Build()
    {
        yield return OperationCase.Create("SignUp", false,
            new SignUpRequest
            {
                ClientId = ClientId,
                Username = "alice",
                Password = "Passw0rd!",
                SecretHash = "c2VjcmV0",
                UserAttributes = [new AttributeType { Name = "email", Value = "alice@example.com" }],
                ValidationData = [new AttributeType { Name = "source" }],
                ClientMetadata = new Dictionary<string, string> { ["app"] = "scenario" },
                AnalyticsMetadata = new AnalyticsMetadataType { AnalyticsEndpointId = "endpoint-1" },
                UserContextData = new UserContextDataType { IpAddress = "192.0.2.1", EncodedData = "ZGF0YQ==" },
            },
            (c, r, ct) => c.SignUpAsync(r, ct),
            """
            {"ClientId":"4tq8example3k6fn0c9a2rl6h","Username":"alice","Password":"Passw0rd!","SecretHash":"c2VjcmV0",
             "UserAttributes":[{"Name":"email","Value":"alice@example.com"}],"ValidationData":[{"Name":"source"}],
             "ClientMetadata":{"app":"scenario"},"AnalyticsMetadata":{"AnalyticsEndpointId":"endpoint-1"},
             "UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"ZGF0YQ=="}}
            """,
            """
            {"UserConfirmed":false,"UserSub":"5f1b2c3d-0000-4000-8000-000000000001","Session":"s1",
             "CodeDeliveryDetails":{"Destination":"a***@e***","DeliveryMedium":"EMAIL","AttributeName":"email"}}
            """,
            r =>
            {
                Assert.False(r.UserConfirmed);
                Assert.Equal("5f1b2c3d-0000-4000-8000-000000000001", r.UserSub);
                Assert.Equal("s1", r.Session);
                Assert.Equal(DeliveryMediumType.EMAIL, r.CodeDeliveryDetails.DeliveryMedium);
                Assert.Equal("a***@e***", r.CodeDeliveryDetails.Destination);
                Assert.Equal("email", r.CodeDeliveryDetails.AttributeName);
            });

        yield return OperationCase.Create("ConfirmSignUp", false,
            new ConfirmSignUpRequest
            {
                ClientId = ClientId,
                Username = "alice",
                ConfirmationCode = "123456",
                ForceAliasCreation = false,
                ClientMetadata = new Dictionary<string, string> { ["k"] = "v" },
                Session = "AYABeSession-0000000000000001",
            },
            (c, r, ct) => c.ConfirmSignUpAsync(r, ct),
            """{"ClientId":"4tq8example3k6fn0c9a2rl6h","Username":"alice","ConfirmationCode":"123456","ForceAliasCreation":false,"ClientMetadata":{"k":"v"},"Session":"AYABeSession-0000000000000001"}""",
            """{"Session":"s2"}""",
            r => Assert.Equal("s2", r.Session));

        yield return OperationCase.Create("AdminConfirmSignUp", true,
            new AdminConfirmSignUpRequest { UserPoolId = PoolId, Username = "alice", ClientMetadata = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } },
            (c, r, ct) => c.AdminConfirmSignUpAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","ClientMetadata":{"a":"1","b":"2"}}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ResendConfirmationCode", false,
            new ResendConfirmationCodeRequest { ClientId = ClientId, Username = "alice" },
            (c, r, ct) => c.ResendConfirmationCodeAsync(r, ct),
            """{"ClientId":"4tq8example3k6fn0c9a2rl6h","Username":"alice"}""",
            """{"CodeDeliveryDetails":{"Destination":"a***@e***","DeliveryMedium":"EMAIL","AttributeName":"email"}}""",
            r => Assert.Equal("a***@e***", r.CodeDeliveryDetails.Destination));

        yield return OperationCase.Create("AdminGetUser", true,
            new AdminGetUserRequest { UserPoolId = PoolId, Username = "alice" },
            (c, r, ct) => c.AdminGetUserAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice"}""",
            """
            {"Username":"alice","Enabled":true,"UserStatus":"CONFIRMED","UserCreateDate":1700000000,"UserLastModifiedDate":1700000000.5,
             "UserAttributes":[{"Name":"sub","Value":"5f1b"},{"Name":"email","Value":"alice@example.com"}],
             "MFAOptions":[{"DeliveryMedium":"SMS","AttributeName":"phone_number"}],
             "PreferredMfaSetting":"SOFTWARE_TOKEN_MFA","UserMFASettingList":["SOFTWARE_TOKEN_MFA"]}
            """,
            r =>
            {
                Assert.Equal("alice", r.Username);
                Assert.True(r.Enabled);
                Assert.Equal(UserStatusType.CONFIRMED, r.UserStatus);
                Assert.Equal(Epoch1700000000, r.UserCreateDate);
                Assert.Equal(Epoch1700000000.AddMilliseconds(500), r.UserLastModifiedDate);
                Assert.Equal(["sub", "email"], r.UserAttributes.Select(a => a.Name));
                Assert.Equal(DeliveryMediumType.SMS, Assert.Single(r.MFAOptions).DeliveryMedium);
                Assert.Equal("SOFTWARE_TOKEN_MFA", r.PreferredMfaSetting);
                Assert.Equal(["SOFTWARE_TOKEN_MFA"], r.UserMFASettingList);
            });

        yield return OperationCase.Create("GetUser", false,
            new GetUserRequest { AccessToken = "access-token" },
            (c, r, ct) => c.GetUserAsync(r, ct),
            """{"AccessToken":"access-token"}""",
            """{"Username":"alice","UserAttributes":[{"Name":"email_verified","Value":"true"}],"UserMFASettingList":["SOFTWARE_TOKEN_MFA"]}""",
            r =>
            {
                Assert.Equal("alice", r.Username);
                Assert.Equal("true", Assert.Single(r.UserAttributes).Value);
                Assert.Null(r.MFAOptions);
                Assert.Null(r.PreferredMfaSetting);
            });

        yield return OperationCase.Create("ListUsers", true,
            new ListUsersRequest { UserPoolId = PoolId, AttributesToGet = ["email", "sub"], Filter = "username = \"alice\"", Limit = 10, PaginationToken = "p1" },
            (c, r, ct) => c.ListUsersAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","AttributesToGet":["email","sub"],"Filter":"username = \"alice\"","Limit":10,"PaginationToken":"p1"}""",
            """
            {"Users":[{"Username":"alice","Enabled":true,"UserStatus":"UNCONFIRMED","UserCreateDate":1700000000,
                       "Attributes":[{"Name":"email","Value":"alice@example.com"}]}],
             "PaginationToken":"p2"}
            """,
            r =>
            {
                var user = Assert.Single(r.Users);
                Assert.Equal(UserStatusType.UNCONFIRMED, user.UserStatus);
                Assert.Equal(Epoch1700000000, user.UserCreateDate);
                Assert.Null(user.UserLastModifiedDate);
                Assert.Equal("alice@example.com", Assert.Single(user.Attributes).Value);
                Assert.Equal("p2", r.PaginationToken);
            });

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

        yield return OperationCase.Create("ListUserPoolClients", true,
            new ListUserPoolClientsRequest { UserPoolId = PoolId, MaxResults = 5 },
            (c, r, ct) => c.ListUserPoolClientsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MaxResults":5}""",
            """{"UserPoolClients":[{"ClientId":"4tq8example3k6fn0c9a2rl6h","ClientName":"scenario-app","UserPoolId":"us-east-1_AbC123xyZ"}],"NextToken":"n2"}""",
            r =>
            {
                Assert.Equal("scenario-app", Assert.Single(r.UserPoolClients).ClientName);
                Assert.Equal("n2", r.NextToken);
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

        yield return OperationCase.Create("DescribeUserPoolClient", true,
            new DescribeUserPoolClientRequest { UserPoolId = PoolId, ClientId = ClientId },
            (c, r, ct) => c.DescribeUserPoolClientAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h"}""",
            """
            {"UserPoolClient":{"ClientId":"4tq8example3k6fn0c9a2rl6h","ClientName":"scenario-app","UserPoolId":"us-east-1_AbC123xyZ",
              "ExplicitAuthFlows":["ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"],"AuthSessionValidity":3,"RefreshTokenValidity":30,
              "TokenValidityUnits":{"AccessToken":"hours","RefreshToken":"days"},"EnableTokenRevocation":true,"CreationDate":1700000000}}
            """,
            r =>
            {
                var client = r.UserPoolClient;
                Assert.Equal(["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"], client.ExplicitAuthFlows);
                Assert.Equal(3, client.AuthSessionValidity);
                Assert.Equal(TimeUnitsType.Hours, client.TokenValidityUnits.AccessToken);
                Assert.Null(client.TokenValidityUnits.IdToken);
                Assert.True(client.EnableTokenRevocation);
                Assert.Null(client.ClientSecret);
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

        yield return OperationCase.Create("CreateUserPoolClient", true,
            new CreateUserPoolClientRequest
            {
                UserPoolId = PoolId,
                ClientName = "scenario-app",
                GenerateSecret = false,
                ExplicitAuthFlows = ["ALLOW_ADMIN_USER_PASSWORD_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
                AuthSessionValidity = 3,
                AccessTokenValidity = 60,
                TokenValidityUnits = new TokenValidityUnitsType { AccessToken = TimeUnitsType.Minutes },
                PreventUserExistenceErrors = PreventUserExistenceErrorTypes.ENABLED,
                EnableTokenRevocation = true,
                ReadAttributes = [],
            },
            (c, r, ct) => c.CreateUserPoolClientAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientName":"scenario-app","GenerateSecret":false,
             "ExplicitAuthFlows":["ALLOW_ADMIN_USER_PASSWORD_AUTH","ALLOW_USER_PASSWORD_AUTH","ALLOW_USER_SRP_AUTH","ALLOW_REFRESH_TOKEN_AUTH"],
             "AuthSessionValidity":3,"AccessTokenValidity":60,"TokenValidityUnits":{"AccessToken":"minutes"},
             "PreventUserExistenceErrors":"ENABLED","EnableTokenRevocation":true,"ReadAttributes":[]}
            """,
            """{"UserPoolClient":{"ClientId":"newclient","ClientName":"scenario-app","UserPoolId":"us-east-1_AbC123xyZ","PreventUserExistenceErrors":"ENABLED"}}""",
            r =>
            {
                Assert.Equal("newclient", r.UserPoolClient.ClientId);
                Assert.Equal(PreventUserExistenceErrorTypes.ENABLED, r.UserPoolClient.PreventUserExistenceErrors);
            });

        yield return OperationCase.Create("DeleteUserPool", true,
            new DeleteUserPoolRequest { UserPoolId = PoolId },
            (c, r, ct) => c.DeleteUserPoolAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("DeleteUserPoolClient", true,
            new DeleteUserPoolClientRequest { UserPoolId = PoolId, ClientId = ClientId },
            (c, r, ct) => c.DeleteUserPoolClientAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("InitiateAuth", false,
            new InitiateAuthRequest
            {
                ClientId = ClientId,
                AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
                AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "alice", ["PASSWORD"] = "Passw0rd!", ["DEVICE_KEY"] = "us-east-1_d1" },
                ClientMetadata = new Dictionary<string, string>(),
            },
            (c, r, ct) => c.InitiateAuthAsync(r, ct),
            """{"ClientId":"4tq8example3k6fn0c9a2rl6h","AuthFlow":"USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"alice","PASSWORD":"Passw0rd!","DEVICE_KEY":"us-east-1_d1"},"ClientMetadata":{}}""",
            """{"ChallengeName":"MFA_SETUP","Session":"sess","ChallengeParameters":{"MFAS_CAN_SETUP":"[\"SOFTWARE_TOKEN_MFA\"]","USER_ID_FOR_SRP":"alice"},"AvailableChallenges":["SOFTWARE_TOKEN_MFA"]}""",
            r =>
            {
                Assert.Equal(ChallengeNameType.MFA_SETUP, r.ChallengeName);
                Assert.Equal("[\"SOFTWARE_TOKEN_MFA\"]", r.ChallengeParameters["MFAS_CAN_SETUP"]);
                Assert.Equal("sess", r.Session);
                Assert.Equal(["SOFTWARE_TOKEN_MFA"], r.AvailableChallenges);
                Assert.Null(r.AuthenticationResult);
            });

        yield return OperationCase.Create("AdminInitiateAuth", true,
            new AdminInitiateAuthRequest
            {
                UserPoolId = PoolId,
                ClientId = ClientId,
                AuthFlow = AuthFlowType.ADMIN_USER_PASSWORD_AUTH,
                AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "alice", ["PASSWORD"] = "Passw0rd!" },
                ContextData = new ContextDataType
                {
                    IpAddress = "192.0.2.1",
                    ServerName = "localhost",
                    ServerPath = "/login",
                    HttpHeaders = [new HttpHeader { HeaderName = "User-Agent", HeaderValue = "test" }],
                },
            },
            (c, r, ct) => c.AdminInitiateAuthAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","AuthFlow":"ADMIN_USER_PASSWORD_AUTH",
             "AuthParameters":{"USERNAME":"alice","PASSWORD":"Passw0rd!"},
             "ContextData":{"IpAddress":"192.0.2.1","ServerName":"localhost","ServerPath":"/login","HttpHeaders":[{"headerName":"User-Agent","headerValue":"test"}]}}
            """,
            """
            {"ChallengeParameters":{},"AuthenticationResult":{"AccessToken":"at","IdToken":"it","RefreshToken":"rt","ExpiresIn":3600,"TokenType":"Bearer",
              "NewDeviceMetadata":{"DeviceKey":"us-east-1_d1","DeviceGroupKey":"-group"}}}
            """,
            r =>
            {
                Assert.Null(r.ChallengeName);
                Assert.Empty(r.ChallengeParameters);
                Assert.Equal(3600, r.AuthenticationResult.ExpiresIn);
                Assert.Equal("Bearer", r.AuthenticationResult.TokenType);
                Assert.Equal("us-east-1_d1", r.AuthenticationResult.NewDeviceMetadata.DeviceKey);
                Assert.Equal("-group", r.AuthenticationResult.NewDeviceMetadata.DeviceGroupKey);
            });

        yield return OperationCase.Create("RespondToAuthChallenge", false,
            new RespondToAuthChallengeRequest
            {
                ClientId = ClientId,
                ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
                Session = "AYABeSession-0000000000000001",
                ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "alice", ["SOFTWARE_TOKEN_MFA_CODE"] = "123456" },
                UserContextData = new UserContextDataType { IpAddress = "192.0.2.1" },
            },
            (c, r, ct) => c.RespondToAuthChallengeAsync(r, ct),
            """{"ClientId":"4tq8example3k6fn0c9a2rl6h","ChallengeName":"SOFTWARE_TOKEN_MFA","Session":"AYABeSession-0000000000000001","ChallengeResponses":{"USERNAME":"alice","SOFTWARE_TOKEN_MFA_CODE":"123456"},"UserContextData":{"IpAddress":"192.0.2.1"}}""",
            """{"ChallengeParameters":{},"AuthenticationResult":{"AccessToken":"at","IdToken":"it","RefreshToken":"rt","ExpiresIn":3600,"TokenType":"Bearer"}}""",
            r =>
            {
                Assert.Equal("at", r.AuthenticationResult.AccessToken);
                Assert.Null(r.AuthenticationResult.NewDeviceMetadata);
            });

        yield return OperationCase.Create("AdminRespondToAuthChallenge", true,
            new AdminRespondToAuthChallengeRequest
            {
                UserPoolId = PoolId,
                ClientId = ClientId,
                ChallengeName = ChallengeNameType.MFA_SETUP,
                Session = "AYABeSession-0000000000000001",
                ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "alice" },
                AnalyticsMetadata = new AnalyticsMetadataType { AnalyticsEndpointId = "e" },
            },
            (c, r, ct) => c.AdminRespondToAuthChallengeAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","ChallengeName":"MFA_SETUP","Session":"AYABeSession-0000000000000001","ChallengeResponses":{"USERNAME":"alice"},"AnalyticsMetadata":{"AnalyticsEndpointId":"e"}}""",
            """{"ChallengeName":"DEVICE_SRP_AUTH","ChallengeParameters":{"USERNAME":"alice"},"Session":"next"}""",
            r =>
            {
                Assert.Equal(ChallengeNameType.DEVICE_SRP_AUTH, r.ChallengeName);
                Assert.Equal("alice", r.ChallengeParameters["USERNAME"]);
            });

        yield return OperationCase.Create("AssociateSoftwareToken", false,
            new AssociateSoftwareTokenRequest { Session = "AYABeSession-0000000000000001" },
            (c, r, ct) => c.AssociateSoftwareTokenAsync(r, ct),
            """{"Session":"AYABeSession-0000000000000001"}""",
            """{"SecretCode":"JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP","Session":"sess2"}""",
            r =>
            {
                Assert.Equal("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP", r.SecretCode);
                Assert.Equal("sess2", r.Session);
            });

        yield return OperationCase.Create("VerifySoftwareToken", false,
            new VerifySoftwareTokenRequest { Session = "AYABeSession-0000000000000001", UserCode = "123456", FriendlyDeviceName = "phone" },
            (c, r, ct) => c.VerifySoftwareTokenAsync(r, ct),
            """{"Session":"AYABeSession-0000000000000001","UserCode":"123456","FriendlyDeviceName":"phone"}""",
            """{"Status":"SUCCESS","Session":"sess3"}""",
            r =>
            {
                Assert.Equal(VerifySoftwareTokenResponseType.SUCCESS, r.Status);
                Assert.Equal("sess3", r.Session);
            });

        yield return OperationCase.Create("SetUserMFAPreference", false,
            new SetUserMFAPreferenceRequest
            {
                AccessToken = "at",
                SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = true },
                SMSMfaSettings = new SMSMfaSettingsType { Enabled = false },
            },
            (c, r, ct) => c.SetUserMFAPreferenceAsync(r, ct),
            """{"AccessToken":"at","SoftwareTokenMfaSettings":{"Enabled":true,"PreferredMfa":true},"SMSMfaSettings":{"Enabled":false}}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminSetUserMFAPreference", true,
            new AdminSetUserMFAPreferenceRequest
            {
                UserPoolId = PoolId,
                Username = "alice",
                SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = false },
                EmailMfaSettings = new EmailMfaSettingsType { Enabled = false, PreferredMfa = false },
            },
            (c, r, ct) => c.AdminSetUserMFAPreferenceAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice","SoftwareTokenMfaSettings":{"Enabled":true,"PreferredMfa":false},"EmailMfaSettings":{"Enabled":false,"PreferredMfa":false}}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ConfirmDevice", false,
            new ConfirmDeviceRequest
            {
                AccessToken = "at",
                DeviceKey = "us-east-1_d1",
                DeviceName = "laptop",
                DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = "dmVyaWZpZXI=", Salt = "c2FsdA==" },
            },
            (c, r, ct) => c.ConfirmDeviceAsync(r, ct),
            """{"AccessToken":"at","DeviceKey":"us-east-1_d1","DeviceName":"laptop","DeviceSecretVerifierConfig":{"PasswordVerifier":"dmVyaWZpZXI=","Salt":"c2FsdA=="}}""",
            """{"UserConfirmationNecessary":false}""",
            r => Assert.False(r.UserConfirmationNecessary));

        yield return OperationCase.Create("ListDevices", false,
            new ListDevicesRequest { AccessToken = "at", Limit = 10 },
            (c, r, ct) => c.ListDevicesAsync(r, ct),
            """{"AccessToken":"at","Limit":10}""",
            """
            {"Devices":[{"DeviceKey":"us-east-1_d1","DeviceCreateDate":1700000000,"DeviceLastAuthenticatedDate":1700000000,
              "DeviceAttributes":[{"Name":"device_name","Value":"laptop"}]}]}
            """,
            r =>
            {
                var device = Assert.Single(r.Devices);
                Assert.Equal("us-east-1_d1", device.DeviceKey);
                Assert.Equal(Epoch1700000000, device.DeviceLastAuthenticatedDate);
                Assert.Equal("laptop", Assert.Single(device.DeviceAttributes).Value);
                Assert.Null(r.PaginationToken);
            });

        yield return OperationCase.Create("ForgetDevice", false,
            new ForgetDeviceRequest { AccessToken = "at", DeviceKey = "us-east-1_d1" },
            (c, r, ct) => c.ForgetDeviceAsync(r, ct),
            """{"AccessToken":"at","DeviceKey":"us-east-1_d1"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("GlobalSignOut", false,
            new GlobalSignOutRequest { AccessToken = "at" },
            (c, r, ct) => c.GlobalSignOutAsync(r, ct),
            """{"AccessToken":"at"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("DeleteUser", false,
            new DeleteUserRequest { AccessToken = "at" },
            (c, r, ct) => c.DeleteUserAsync(r, ct),
            """{"AccessToken":"at"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminDeleteUser", true,
            new AdminDeleteUserRequest { UserPoolId = PoolId, Username = "alice" },
            (c, r, ct) => c.AdminDeleteUserAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminUserGlobalSignOut", true,
            new AdminUserGlobalSignOutRequest { UserPoolId = PoolId, Username = "alice" },
            (c, r, ct) => c.AdminUserGlobalSignOutAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"alice"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("SetUserPoolMfaConfig", true,
            new SetUserPoolMfaConfigRequest
            {
                UserPoolId = PoolId,
                MfaConfiguration = UserPoolMfaType.ON,
                SoftwareTokenMfaConfiguration = new SoftwareTokenMfaConfigType { Enabled = true },
            },
            (c, r, ct) => c.SetUserPoolMfaConfigAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MfaConfiguration":"ON","SoftwareTokenMfaConfiguration":{"Enabled":true}}""",
            """{"MfaConfiguration":"ON","SoftwareTokenMfaConfiguration":{"Enabled":true}}""",
            r =>
            {
                Assert.Equal(UserPoolMfaType.ON, r.MfaConfiguration);
                Assert.True(r.SoftwareTokenMfaConfiguration.Enabled);
                Assert.Null(r.SmsMfaConfiguration);
            });

        yield return OperationCase.Create("GetUserPoolMfaConfig", true,
            new GetUserPoolMfaConfigRequest { UserPoolId = PoolId },
            (c, r, ct) => c.GetUserPoolMfaConfigAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ"}""",
            """{"MfaConfiguration":"OPTIONAL","SoftwareTokenMfaConfiguration":{"Enabled":false}}""",
            r =>
            {
                Assert.Equal(UserPoolMfaType.OPTIONAL, r.MfaConfiguration);
                Assert.False(r.SoftwareTokenMfaConfiguration.Enabled);
            });

        yield return OperationCase.Create("AdminCreateUser", true,
            new AdminCreateUserRequest
            {
                UserPoolId = PoolId,
                Username = "bob",
                TemporaryPassword = "Temp0rary!",
                MessageAction = MessageActionType.SUPPRESS,
                DesiredDeliveryMediums = ["EMAIL"],
                ForceAliasCreation = true,
                UserAttributes = [new AttributeType { Name = "email", Value = "bob@example.com" }, new AttributeType { Name = "email_verified", Value = "true" }],
            },
            (c, r, ct) => c.AdminCreateUserAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob","TemporaryPassword":"Temp0rary!","MessageAction":"SUPPRESS",
             "DesiredDeliveryMediums":["EMAIL"],"ForceAliasCreation":true,
             "UserAttributes":[{"Name":"email","Value":"bob@example.com"},{"Name":"email_verified","Value":"true"}]}
            """,
            """{"User":{"Username":"bob","UserStatus":"FORCE_CHANGE_PASSWORD","Enabled":true,"UserCreateDate":1700000000,"Attributes":[]}}""",
            r =>
            {
                Assert.Equal(UserStatusType.FORCE_CHANGE_PASSWORD, r.User.UserStatus);
                Assert.Empty(r.User.Attributes);
            });

        yield return OperationCase.Create("AdminSetUserPassword", true,
            new AdminSetUserPasswordRequest { UserPoolId = PoolId, Username = "bob", Password = "Passw0rd!", Permanent = true },
            (c, r, ct) => c.AdminSetUserPasswordAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob","Password":"Passw0rd!","Permanent":true}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
