using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>The pool's hosted domain, and the resource servers whose scopes app clients can request.</summary>
public static partial class OperationCases
{
    private const string CertificateArn = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8899-aabbccddeeff";

    private const string ResourceServerJson =
        """
        {"ResourceServer":{"UserPoolId":"us-east-1_AbC123xyZ","Identifier":"https://api.example.com","Name":"Orders API",
          "Scopes":[{"ScopeName":"orders.read","ScopeDescription":"Read orders"},{"ScopeName":"orders.write","ScopeDescription":"Place orders"}]}}
        """;

    private static void VerifyResourceServer(ResourceServerType server)
    {
        Assert.Equal(PoolId, server.UserPoolId);
        Assert.Equal("https://api.example.com", server.Identifier);
        Assert.Equal("Orders API", server.Name);
        Assert.Equal(["orders.read", "orders.write"], server.Scopes.Select(s => s.ScopeName));
        Assert.Equal("Place orders", server.Scopes[1].ScopeDescription);
    }

    private static IEnumerable<OperationCase> DomainsAndResourceServersCases()
    {
        yield return OperationCase.Create("CreateUserPoolDomain", true,
            new CreateUserPoolDomainRequest
            {
                UserPoolId = PoolId,
                Domain = "auth.example.com",
                ManagedLoginVersion = 2,
                CustomDomainConfig = new CustomDomainConfigType { CertificateArn = CertificateArn },
            },
            (c, r, ct) => c.CreateUserPoolDomainAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Domain":"auth.example.com","ManagedLoginVersion":2,"CustomDomainConfig":{"CertificateArn":"arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8899-aabbccddeeff"}}""",
            """{"CloudFrontDomain":"d111111abcdef8.cloudfront.net","ManagedLoginVersion":2}""",
            r =>
            {
                Assert.Equal("d111111abcdef8.cloudfront.net", r.CloudFrontDomain);
                Assert.Equal(2, r.ManagedLoginVersion);
            });

        yield return OperationCase.Create("DescribeUserPoolDomain", true,
            new DescribeUserPoolDomainRequest { Domain = "scenario-auth" },
            (c, r, ct) => c.DescribeUserPoolDomainAsync(r, ct),
            """{"Domain":"scenario-auth"}""",
            """
            {"DomainDescription":{"UserPoolId":"us-east-1_AbC123xyZ","AWSAccountId":"123456789012","Domain":"scenario-auth",
              "S3Bucket":"aws-cognito-prod-iad-assets","CloudFrontDistribution":"d3oia8etllorh5.cloudfront.net",
              "Version":"20231114221320","Status":"ACTIVE","ManagedLoginVersion":1}}
            """,
            r =>
            {
                var domain = r.DomainDescription;
                Assert.Equal(PoolId, domain.UserPoolId);
                Assert.Equal("123456789012", domain.AWSAccountId);
                Assert.Equal("scenario-auth", domain.Domain);
                Assert.Equal("d3oia8etllorh5.cloudfront.net", domain.CloudFrontDistribution);
                Assert.Equal(DomainStatusType.ACTIVE, domain.Status);
                Assert.Equal(1, domain.ManagedLoginVersion);
                Assert.Null(domain.CustomDomainConfig);
            });

        yield return OperationCase.Create("UpdateUserPoolDomain", true,
            new UpdateUserPoolDomainRequest
            {
                UserPoolId = PoolId,
                Domain = "auth.example.com",
                ManagedLoginVersion = 1,
                CustomDomainConfig = new CustomDomainConfigType { CertificateArn = CertificateArn },
            },
            (c, r, ct) => c.UpdateUserPoolDomainAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Domain":"auth.example.com","ManagedLoginVersion":1,"CustomDomainConfig":{"CertificateArn":"arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8899-aabbccddeeff"}}""",
            """{"CloudFrontDomain":"d111111abcdef8.cloudfront.net","ManagedLoginVersion":1}""",
            r => Assert.Equal(1, r.ManagedLoginVersion));

        yield return OperationCase.Create("DeleteUserPoolDomain", true,
            new DeleteUserPoolDomainRequest { UserPoolId = PoolId, Domain = "scenario-auth" },
            (c, r, ct) => c.DeleteUserPoolDomainAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Domain":"scenario-auth"}""",
            "{}",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("CreateResourceServer", true,
            new CreateResourceServerRequest
            {
                UserPoolId = PoolId,
                Identifier = "https://api.example.com",
                Name = "Orders API",
                Scopes =
                [
                    new ResourceServerScopeType { ScopeName = "orders.read", ScopeDescription = "Read orders" },
                    new ResourceServerScopeType { ScopeName = "orders.write", ScopeDescription = "Place orders" },
                ],
            },
            (c, r, ct) => c.CreateResourceServerAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","Identifier":"https://api.example.com","Name":"Orders API",
             "Scopes":[{"ScopeName":"orders.read","ScopeDescription":"Read orders"},{"ScopeName":"orders.write","ScopeDescription":"Place orders"}]}
            """,
            ResourceServerJson,
            r => VerifyResourceServer(r.ResourceServer));

        yield return OperationCase.Create("DescribeResourceServer", true,
            new DescribeResourceServerRequest { UserPoolId = PoolId, Identifier = "https://api.example.com" },
            (c, r, ct) => c.DescribeResourceServerAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Identifier":"https://api.example.com"}""",
            ResourceServerJson,
            r => VerifyResourceServer(r.ResourceServer));

        yield return OperationCase.Create("UpdateResourceServer", true,
            new UpdateResourceServerRequest
            {
                UserPoolId = PoolId,
                Identifier = "https://api.example.com",
                Name = "Orders API",
                Scopes = [new ResourceServerScopeType { ScopeName = "orders.read", ScopeDescription = "Read orders" }],
            },
            (c, r, ct) => c.UpdateResourceServerAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","Identifier":"https://api.example.com","Name":"Orders API",
             "Scopes":[{"ScopeName":"orders.read","ScopeDescription":"Read orders"}]}
            """,
            ResourceServerJson,
            r => VerifyResourceServer(r.ResourceServer));

        yield return OperationCase.Create("DeleteResourceServer", true,
            new DeleteResourceServerRequest { UserPoolId = PoolId, Identifier = "https://api.example.com" },
            (c, r, ct) => c.DeleteResourceServerAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","Identifier":"https://api.example.com"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ListResourceServers", true,
            new ListResourceServersRequest { UserPoolId = PoolId, MaxResults = 1, NextToken = "rs-page-1" },
            (c, r, ct) => c.ListResourceServersAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MaxResults":1,"NextToken":"rs-page-1"}""",
            """
            {"ResourceServers":[{"UserPoolId":"us-east-1_AbC123xyZ","Identifier":"https://api.example.com","Name":"Orders API",
               "Scopes":[{"ScopeName":"orders.read","ScopeDescription":"Read orders"}]}],
             "NextToken":"rs-page-2"}
            """,
            r =>
            {
                var server = Assert.Single(r.ResourceServers);
                Assert.Equal("Orders API", server.Name);
                Assert.Equal("orders.read", Assert.Single(server.Scopes).ScopeName);
                Assert.Equal("rs-page-2", r.NextToken);
            });
    }
}
