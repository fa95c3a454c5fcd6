using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Passwords: set or reset by an administrator, changed by the user, forgotten and confirmed.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> PasswordsCases()
    {
        yield return OperationCase.Create("AdminSetUserPassword", true,
            new AdminSetUserPasswordRequest { UserPoolId = PoolId, Username = "bob", Password = "Passw0rd!", Permanent = true },
            (c, r, ct) => c.AdminSetUserPasswordAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob","Password":"Passw0rd!","Permanent":true}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminResetUserPassword", true,
            new AdminResetUserPasswordRequest { UserPoolId = PoolId, Username = "bob", ClientMetadata = new Dictionary<string, string> { ["reason"] = "lost" } },
            (c, r, ct) => c.AdminResetUserPasswordAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Username":"bob","ClientMetadata":{"reason":"lost"}}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ChangePassword", false,
            new ChangePasswordRequest { PreviousPassword = "Passw0rd!", ProposedPassword = "N3w-Passw0rd!", AccessToken = "at" },
            (c, r, ct) => c.ChangePasswordAsync(r, ct),
            """{"PreviousPassword":"Passw0rd!","ProposedPassword":"N3w-Passw0rd!","AccessToken":"at"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ForgotPassword", false,
            new ForgotPasswordRequest
            {
                ClientId = ClientId,
                SecretHash = "c2VjcmV0",
                UserContextData = new UserContextDataType { IpAddress = "192.0.2.1", EncodedData = "ZGF0YQ==" },
                Username = "alice",
                AnalyticsMetadata = new AnalyticsMetadataType { AnalyticsEndpointId = "endpoint-1" },
                ClientMetadata = new Dictionary<string, string> { ["app"] = "scenario" },
            },
            (c, r, ct) => c.ForgotPasswordAsync(r, ct),
            """
            {"ClientId":"4tq8example3k6fn0c9a2rl6h","SecretHash":"c2VjcmV0","UserContextData":{"IpAddress":"192.0.2.1","EncodedData":"ZGF0YQ=="},
             "Username":"alice","AnalyticsMetadata":{"AnalyticsEndpointId":"endpoint-1"},"ClientMetadata":{"app":"scenario"}}
            """,
            """{"CodeDeliveryDetails":{"Destination":"a***@e***","DeliveryMedium":"EMAIL","AttributeName":"email"}}""",
            r =>
            {
                Assert.Equal(DeliveryMediumType.EMAIL, r.CodeDeliveryDetails.DeliveryMedium);
                Assert.Equal("a***@e***", r.CodeDeliveryDetails.Destination);
                Assert.Equal("email", r.CodeDeliveryDetails.AttributeName);
            });

        yield return OperationCase.Create("ConfirmForgotPassword", false,
            new ConfirmForgotPasswordRequest
            {
                ClientId = ClientId,
                SecretHash = "c2VjcmV0",
                Username = "alice",
                ConfirmationCode = "246810",
                Password = "N3w-Passw0rd!",
                AnalyticsMetadata = new AnalyticsMetadataType { AnalyticsEndpointId = "endpoint-1" },
                UserContextData = new UserContextDataType { EncodedData = "ZGF0YQ==" },
                ClientMetadata = new Dictionary<string, string>(),
            },
            (c, r, ct) => c.ConfirmForgotPasswordAsync(r, ct),
            """
            {"ClientId":"4tq8example3k6fn0c9a2rl6h","SecretHash":"c2VjcmV0","Username":"alice","ConfirmationCode":"246810","Password":"N3w-Passw0rd!",
             "AnalyticsMetadata":{"AnalyticsEndpointId":"endpoint-1"},"UserContextData":{"EncodedData":"ZGF0YQ=="},"ClientMetadata":{}}
            """,
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
