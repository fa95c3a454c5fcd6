using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Sign-up and confirmation of new accounts.</summary>
public static partial class OperationCases
{
    private static IEnumerable<OperationCase> SignUpCases()
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
    }
}
