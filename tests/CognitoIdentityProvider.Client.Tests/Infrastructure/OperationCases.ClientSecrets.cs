using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>An app client's secrets, of which it can hold more than one while rotating.</summary>
public static partial class OperationCases
{
    private const string SecretId = "4tq8example3k6fn0c9a2rl6h--1700000000000";

    private static IEnumerable<OperationCase> ClientSecretsCases()
    {
        yield return OperationCase.Create("AddUserPoolClientSecret", true,
            new AddUserPoolClientSecretRequest { UserPoolId = PoolId, ClientId = ClientId, ClientSecret = "custom-secret-value-0123456789abcdef" },
            (c, r, ct) => c.AddUserPoolClientSecretAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","ClientSecret":"custom-secret-value-0123456789abcdef"}""",
            """
            {"ClientSecretDescriptor":{"ClientSecretId":"4tq8example3k6fn0c9a2rl6h--1700000000000",
              "ClientSecretValue":"custom-secret-value-0123456789abcdef","ClientSecretCreateDate":1700000000}}
            """,
            r =>
            {
                Assert.Equal(SecretId, r.ClientSecretDescriptor.ClientSecretId);
                Assert.Equal("custom-secret-value-0123456789abcdef", r.ClientSecretDescriptor.ClientSecretValue);
                Assert.Equal(Epoch1700000000, r.ClientSecretDescriptor.ClientSecretCreateDate);
            });

        yield return OperationCase.Create("ListUserPoolClientSecrets", true,
            new ListUserPoolClientSecretsRequest { UserPoolId = PoolId, ClientId = ClientId, NextToken = "cs-page-1" },
            (c, r, ct) => c.ListUserPoolClientSecretsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","NextToken":"cs-page-1"}""",
            """
            {"ClientSecrets":[{"ClientSecretId":"4tq8example3k6fn0c9a2rl6h--1690000000000","ClientSecretCreateDate":1690000000},
                              {"ClientSecretId":"4tq8example3k6fn0c9a2rl6h--1700000000000","ClientSecretCreateDate":1700000000}]}
            """,
            r =>
            {
                Assert.Equal(2, r.ClientSecrets.Count);
                Assert.Equal(SecretId, r.ClientSecrets[1].ClientSecretId);
                Assert.Null(r.ClientSecrets[1].ClientSecretValue);
                Assert.Equal(Epoch1700000000, r.ClientSecrets[1].ClientSecretCreateDate);
                Assert.Null(r.NextToken);
            });

        yield return OperationCase.Create("DeleteUserPoolClientSecret", true,
            new DeleteUserPoolClientSecretRequest { UserPoolId = PoolId, ClientId = ClientId, ClientSecretId = SecretId },
            (c, r, ct) => c.DeleteUserPoolClientSecretAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","ClientSecretId":"4tq8example3k6fn0c9a2rl6h--1700000000000"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
