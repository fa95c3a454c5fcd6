using System.Text.Json.Nodes;
using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Our endpoint rules agree with botocore's rule-set engine running the service's published rule set.</summary>
public sealed class EndpointCrossCheckTests
{
    private static readonly string[] Regions = ["us-east-1", "us-west-2", "eu-west-1", "ap-southeast-2", "cn-north-1", "us-gov-west-1"];

    private static readonly Lazy<JsonObject> Botocore = new(() => BotocoreWitness.Run(new JsonObject
    {
        ["mode"] = "endpoints",
        ["cases"] = new JsonArray(Cases().Select(c => (JsonNode)new JsonObject
        {
            ["id"] = Id((string)c[0], (bool)c[1], (bool)c[2]),
            ["region"] = (string)c[0],
            ["fips"] = (bool)c[1],
            ["dualStack"] = (bool)c[2],
        }).ToArray()),
    }));

    public static IEnumerable<object[]> Cases() =>
        from region in Regions
        from fips in new[] { false, true }
        from dualStack in new[] { false, true }
        select new object[] { region, fips, dualStack };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ResolvesLikeBotocore(string region, bool fips, bool dualStack)
    {
        var expected = Botocore.Value[Id(region, fips, dualStack)]!;
        using var client = new AmazonCognitoIdentityProviderClient(new BasicAWSCredentials("AKID", "secret"), new AmazonCognitoIdentityProviderConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(region),
            UseFIPSEndpoint = fips,
            UseDualstackEndpoint = dualStack,
        });

        if (expected["error"] is not null)
        {
            Assert.Throws<AmazonClientException>(() => client.DetermineServiceOperationEndpoint(new SignUpRequest()));
            return;
        }
        Assert.Equal((string)expected["url"]!, client.DetermineServiceOperationEndpoint(new SignUpRequest()).URL.TrimEnd('/'));
    }

    private static string Id(string region, bool fips, bool dualStack) => $"{region}|{fips}|{dualStack}";
}
