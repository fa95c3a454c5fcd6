using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Endpoint resolution follows the service's rule set; explicit endpoints override it.</summary>
[Collection(nameof(ProcessWideSettings))]
public sealed class EndpointTests
{
    [Theory]
    [InlineData("us-east-1", false, false, "https://cognito-idp.us-east-1.amazonaws.com")]
    [InlineData("eu-west-1", false, false, "https://cognito-idp.eu-west-1.amazonaws.com")]
    [InlineData("eu-west-1", true, false, "https://cognito-idp-fips.eu-west-1.amazonaws.com")]
    [InlineData("eu-west-1", false, true, "https://cognito-idp.eu-west-1.amazonaws.com")]
    [InlineData("us-east-1", true, true, "https://cognito-idp-fips.us-east-1.amazonaws.com")]
    [InlineData("eu-west-1", true, true, "https://cognito-idp-fips.eu-west-1.api.aws")]
    [InlineData("cn-north-1", false, false, "https://cognito-idp.cn-north-1.amazonaws.com.cn")]
    [InlineData("cn-north-1", false, true, "https://cognito-idp.cn-north-1.api.amazonwebservices.com.cn")]
    public void ResolvesRegionalEndpoints(string region, bool fips, bool dualStack, string expected)
    {
        using var client = ClientWith(new AmazonCognitoIdentityProviderConfig
        {
            RegionEndpoint = RegionEndpoint.GetBySystemName(region),
            UseFIPSEndpoint = fips,
            UseDualstackEndpoint = dualStack,
        });

        Assert.Equal(expected, client.DetermineServiceOperationEndpoint(new SignUpRequest()).URL.TrimEnd('/'));
    }

    [Fact]
    public void ServiceUrlOverridesTheRegion()
    {
        using var client = ClientWith(new AmazonCognitoIdentityProviderConfig
        {
            RegionEndpoint = RegionEndpoint.EUWest1,
            ServiceURL = "http://127.0.0.1:9229/",
        });

        Assert.Equal("http://127.0.0.1:9229", client.DetermineServiceOperationEndpoint(new ListUsersRequest()).URL.TrimEnd('/'));
    }

    [Fact]
    public void ServiceUrlWithFipsIsRejected()
    {
        using var client = ClientWith(new AmazonCognitoIdentityProviderConfig { ServiceURL = "http://127.0.0.1:9229/", UseFIPSEndpoint = true });

        var error = Assert.Throws<AmazonClientException>(() => client.DetermineServiceOperationEndpoint(new SignUpRequest()));
        Assert.Contains("FIPS and custom endpoint are not supported", error.Message);
    }

    [Fact]
    public void HonoursTheServiceSpecificEndpointVariable()
    {
        const string variable = "AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER";
        var previous = Environment.GetEnvironmentVariable(variable);
        Environment.SetEnvironmentVariable(variable, "http://127.0.0.1:4567");
        try
        {
            using var client = ClientWith(new AmazonCognitoIdentityProviderConfig { RegionEndpoint = RegionEndpoint.USWest2 });

            Assert.Equal("http://127.0.0.1:4567", client.DetermineServiceOperationEndpoint(new SignUpRequest()).URL.TrimEnd('/'));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, previous);
        }
    }

    private static AmazonCognitoIdentityProviderClient ClientWith(AmazonCognitoIdentityProviderConfig config) =>
        new(new BasicAWSCredentials("AKID", "secret"), config);
}
