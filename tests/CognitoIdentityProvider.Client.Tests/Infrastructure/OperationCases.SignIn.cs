using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Sign-in: the auth flows and their challenges.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> SignInCases()
    {
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
    }
}
