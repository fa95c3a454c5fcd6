using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Federated identity providers and the users linked to them.</summary>
public static partial class OperationCases
{
    private const string IdentityProviderJson =
        """
        {"IdentityProvider":{"UserPoolId":"us-east-1_AbC123xyZ","ProviderName":"Corp","ProviderType":"OIDC",
          "ProviderDetails":{"client_id":"corp-client","authorize_scopes":"openid email","oidc_issuer":"https://idp.example.com"},
          "AttributeMapping":{"email":"email","username":"sub"},"IdpIdentifiers":["example.com"],
          "CreationDate":1700000000,"LastModifiedDate":1700003600}}
        """;

    private static void VerifyIdentityProvider(IdentityProviderType provider)
    {
        Assert.Equal(PoolId, provider.UserPoolId);
        Assert.Equal("Corp", provider.ProviderName);
        Assert.Equal(IdentityProviderTypeType.OIDC, provider.ProviderType);
        Assert.Equal("https://idp.example.com", provider.ProviderDetails["oidc_issuer"]);
        Assert.Equal("sub", provider.AttributeMapping["username"]);
        Assert.Equal(["example.com"], provider.IdpIdentifiers);
        Assert.Equal(Epoch1700000000, provider.CreationDate);
        Assert.Equal(Epoch1700000000.AddHours(1), provider.LastModifiedDate);
    }

    private static IEnumerable<OperationCase> FederationCases()
    {
        yield return OperationCase.Create("CreateIdentityProvider", true,
            new CreateIdentityProviderRequest
            {
                UserPoolId = PoolId,
                ProviderName = "Corp",
                ProviderType = IdentityProviderTypeType.OIDC,
                ProviderDetails = new Dictionary<string, string>
                {
                    ["client_id"] = "corp-client",
                    ["authorize_scopes"] = "openid email",
                    ["oidc_issuer"] = "https://idp.example.com",
                },
                AttributeMapping = new Dictionary<string, string> { ["email"] = "email", ["username"] = "sub" },
                IdpIdentifiers = ["example.com"],
            },
            (c, r, ct) => c.CreateIdentityProviderAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ProviderName":"Corp","ProviderType":"OIDC",
             "ProviderDetails":{"client_id":"corp-client","authorize_scopes":"openid email","oidc_issuer":"https://idp.example.com"},
             "AttributeMapping":{"email":"email","username":"sub"},"IdpIdentifiers":["example.com"]}
            """,
            IdentityProviderJson,
            r => VerifyIdentityProvider(r.IdentityProvider));

        yield return OperationCase.Create("DescribeIdentityProvider", true,
            new DescribeIdentityProviderRequest { UserPoolId = PoolId, ProviderName = "Corp" },
            (c, r, ct) => c.DescribeIdentityProviderAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ProviderName":"Corp"}""",
            IdentityProviderJson,
            r => VerifyIdentityProvider(r.IdentityProvider));

        yield return OperationCase.Create("GetIdentityProviderByIdentifier", true,
            new GetIdentityProviderByIdentifierRequest { UserPoolId = PoolId, IdpIdentifier = "example.com" },
            (c, r, ct) => c.GetIdentityProviderByIdentifierAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","IdpIdentifier":"example.com"}""",
            IdentityProviderJson,
            r => VerifyIdentityProvider(r.IdentityProvider));

        yield return OperationCase.Create("UpdateIdentityProvider", true,
            new UpdateIdentityProviderRequest
            {
                UserPoolId = PoolId,
                ProviderName = "Corp",
                ProviderDetails = new Dictionary<string, string> { ["authorize_scopes"] = "openid email profile" },
                AttributeMapping = new Dictionary<string, string> { ["name"] = "name" },
                IdpIdentifiers = ["example.com", "example.org"],
            },
            (c, r, ct) => c.UpdateIdentityProviderAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ProviderName":"Corp","ProviderDetails":{"authorize_scopes":"openid email profile"},
             "AttributeMapping":{"name":"name"},"IdpIdentifiers":["example.com","example.org"]}
            """,
            IdentityProviderJson,
            r => VerifyIdentityProvider(r.IdentityProvider));

        yield return OperationCase.Create("DeleteIdentityProvider", true,
            new DeleteIdentityProviderRequest { UserPoolId = PoolId, ProviderName = "Corp" },
            (c, r, ct) => c.DeleteIdentityProviderAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","ProviderName":"Corp"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ListIdentityProviders", true,
            new ListIdentityProvidersRequest { UserPoolId = PoolId, MaxResults = 2, NextToken = "idp-page-1" },
            (c, r, ct) => c.ListIdentityProvidersAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MaxResults":2,"NextToken":"idp-page-1"}""",
            """
            {"Providers":[{"ProviderName":"Corp","ProviderType":"OIDC","CreationDate":1700000000,"LastModifiedDate":1700003600},
                          {"ProviderName":"Google","ProviderType":"Google","CreationDate":1700000000}],
             "NextToken":"idp-page-2"}
            """,
            r =>
            {
                Assert.Equal(["Corp", "Google"], r.Providers.Select(p => p.ProviderName));
                Assert.Equal(IdentityProviderTypeType.Google, r.Providers[1].ProviderType);
                Assert.Equal(Epoch1700000000.AddHours(1), r.Providers[0].LastModifiedDate);
                Assert.Null(r.Providers[1].LastModifiedDate);
                Assert.Equal("idp-page-2", r.NextToken);
            });

        yield return OperationCase.Create("AdminLinkProviderForUser", true,
            new AdminLinkProviderForUserRequest
            {
                UserPoolId = PoolId,
                DestinationUser = new ProviderUserIdentifierType { ProviderName = "Cognito", ProviderAttributeValue = "alice" },
                SourceUser = new ProviderUserIdentifierType
                {
                    ProviderName = "Corp",
                    ProviderAttributeName = "Cognito_Subject",
                    ProviderAttributeValue = "corp-user-42",
                },
            },
            (c, r, ct) => c.AdminLinkProviderForUserAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","DestinationUser":{"ProviderName":"Cognito","ProviderAttributeValue":"alice"},
             "SourceUser":{"ProviderName":"Corp","ProviderAttributeName":"Cognito_Subject","ProviderAttributeValue":"corp-user-42"}}
            """,
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("AdminDisableProviderForUser", true,
            new AdminDisableProviderForUserRequest
            {
                UserPoolId = PoolId,
                User = new ProviderUserIdentifierType
                {
                    ProviderName = "Corp",
                    ProviderAttributeName = "Cognito_Subject",
                    ProviderAttributeValue = "corp-user-42",
                },
            },
            (c, r, ct) => c.AdminDisableProviderForUserAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ",
             "User":{"ProviderName":"Corp","ProviderAttributeName":"Cognito_Subject","ProviderAttributeValue":"corp-user-42"}}
            """,
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));
    }
}
