using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Terms of use and privacy policy documents linked from an app client's sign-up page.</summary>
public static partial class OperationCases
{
    private const string TermsId = "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e";

    private const string TermsJson =
        """
        {"Terms":{"TermsId":"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e","UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h",
          "TermsName":"terms-of-use","TermsSource":"LINK","Enforcement":"NONE",
          "Links":{"cognito:english":"https://example.com/terms","cognito:french":"https://example.com/fr/terms"},
          "CreationDate":1700000000,"LastModifiedDate":1700003600}}
        """;

    private static void VerifyTerms(TermsType terms)
    {
        Assert.Equal(TermsId, terms.TermsId);
        Assert.Equal(PoolId, terms.UserPoolId);
        Assert.Equal(ClientId, terms.ClientId);
        Assert.Equal("terms-of-use", terms.TermsName);
        Assert.Equal(TermsSourceType.LINK, terms.TermsSource);
        Assert.Equal(TermsEnforcementType.NONE, terms.Enforcement);
        Assert.Equal("https://example.com/fr/terms", terms.Links["cognito:french"]);
        Assert.Equal(Epoch1700000000, terms.CreationDate);
        Assert.Equal(Epoch1700000000.AddHours(1), terms.LastModifiedDate);
    }

    private static IEnumerable<OperationCase> TermsCases()
    {
        yield return OperationCase.Create("CreateTerms", true,
            new CreateTermsRequest
            {
                UserPoolId = PoolId,
                ClientId = ClientId,
                TermsName = "terms-of-use",
                TermsSource = TermsSourceType.LINK,
                Enforcement = TermsEnforcementType.NONE,
                Links = new Dictionary<string, string>
                {
                    ["cognito:english"] = "https://example.com/terms",
                    ["cognito:french"] = "https://example.com/fr/terms",
                },
            },
            (c, r, ct) => c.CreateTermsAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","ClientId":"4tq8example3k6fn0c9a2rl6h","TermsName":"terms-of-use","TermsSource":"LINK",
             "Enforcement":"NONE","Links":{"cognito:english":"https://example.com/terms","cognito:french":"https://example.com/fr/terms"}}
            """,
            TermsJson,
            r => VerifyTerms(r.Terms));

        yield return OperationCase.Create("DescribeTerms", true,
            new DescribeTermsRequest { UserPoolId = PoolId, TermsId = TermsId },
            (c, r, ct) => c.DescribeTermsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","TermsId":"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"}""",
            TermsJson,
            r => VerifyTerms(r.Terms));

        yield return OperationCase.Create("UpdateTerms", true,
            new UpdateTermsRequest
            {
                UserPoolId = PoolId,
                TermsId = TermsId,
                TermsName = "terms-of-use",
                TermsSource = TermsSourceType.LINK,
                Enforcement = TermsEnforcementType.NONE,
                Links = new Dictionary<string, string> { ["cognito:default"] = "https://example.com/terms" },
            },
            (c, r, ct) => c.UpdateTermsAsync(r, ct),
            """
            {"UserPoolId":"us-east-1_AbC123xyZ","TermsId":"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e","TermsName":"terms-of-use",
             "TermsSource":"LINK","Enforcement":"NONE","Links":{"cognito:default":"https://example.com/terms"}}
            """,
            TermsJson,
            r => VerifyTerms(r.Terms));

        yield return OperationCase.Create("DeleteTerms", true,
            new DeleteTermsRequest { UserPoolId = PoolId, TermsId = TermsId },
            (c, r, ct) => c.DeleteTermsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","TermsId":"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"}""",
            "",
            r => Assert.Equal(System.Net.HttpStatusCode.OK, r.HttpStatusCode));

        yield return OperationCase.Create("ListTerms", true,
            new ListTermsRequest { UserPoolId = PoolId, MaxResults = 2, NextToken = "t-page-1" },
            (c, r, ct) => c.ListTermsAsync(r, ct),
            """{"UserPoolId":"us-east-1_AbC123xyZ","MaxResults":2,"NextToken":"t-page-1"}""",
            """
            {"Terms":[{"TermsId":"b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e","TermsName":"terms-of-use","Enforcement":"NONE",
                       "CreationDate":1700000000,"LastModifiedDate":1700003600},
                      {"TermsId":"c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f","TermsName":"privacy-policy","Enforcement":"NONE",
                       "CreationDate":1700000000,"LastModifiedDate":1700000000}],
             "NextToken":"t-page-2"}
            """,
            r =>
            {
                Assert.Equal(["terms-of-use", "privacy-policy"], r.Terms.Select(t => t.TermsName));
                Assert.Equal(TermsEnforcementType.NONE, r.Terms[1].Enforcement);
                Assert.Equal(Epoch1700000000.AddHours(1), r.Terms[0].LastModifiedDate);
                Assert.Equal("t-page-2", r.NextToken);
            });
    }
}
