using Amazon;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Extensions.NETCore.Setup;
using Amazon.Runtime;
using CognitoIdentityProvider.Client.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>The client plugs into AWSSDK.Extensions.NETCore.Setup like the official one.</summary>
public sealed class DependencyInjectionTests
{
    [Fact]
    public void AddAwsServiceResolvesOurClient()
    {
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(new AWSOptions
        {
            Credentials = new BasicAWSCredentials("AKIDDI", "secret"),
            Region = RegionEndpoint.EUCentral1,
        });
        services.AddAWSService<IAmazonCognitoIdentityProvider>();
        using var provider = services.BuildServiceProvider();

        var client = provider.GetRequiredService<IAmazonCognitoIdentityProvider>();

        var concrete = Assert.IsType<AmazonCognitoIdentityProviderClient>(client);
        Assert.Equal(RegionEndpoint.EUCentral1, concrete.Config.RegionEndpoint);
        Assert.Equal("https://cognito-idp.eu-central-1.amazonaws.com",
            client.DetermineServiceOperationEndpoint(new SignUpRequest()).URL.TrimEnd('/'));
    }

    [Fact]
    public async Task ServiceUrlAndRegionFromConfigurationReachTheServer()
    {
        await using var server = FakeCognitoServer.Start();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AWS:Region"] = "us-east-1",
                ["AWS:ServiceURL"] = server.Url.ToString(),
            })
            .Build();
        var options = configuration.GetAWSOptions();
        options.Credentials = new BasicAWSCredentials("AKIDCONFIG", "secret");
        var services = new ServiceCollection();
        services.AddDefaultAWSOptions(options);
        services.AddAWSService<IAmazonCognitoIdentityProvider>();
        using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<IAmazonCognitoIdentityProvider>();

        await client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = "us-east-1_AbC123xyZ", Username = "alice" });

        Assert.Contains("Credential=AKIDCONFIG/", server.SingleRequest.Header("Authorization"));
    }

    [Fact]
    public async Task CredentialsComeFromTheConfiguredProfile()
    {
        await using var server = FakeCognitoServer.Start();
        var credentialsFile = Path.Combine(Path.GetTempPath(), $"cognito-client-tests-{Guid.NewGuid():N}.ini");
        await File.WriteAllTextAsync(credentialsFile,
            "[cognito-test]\naws_access_key_id = AKIDPROFILE\naws_secret_access_key = profile-secret\n");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["AWS:Profile"] = "cognito-test",
                    ["AWS:ProfilesLocation"] = credentialsFile,
                    ["AWS:Region"] = "us-east-1",
                    ["AWS:ServiceURL"] = server.Url.ToString(),
                })
                .Build();
            var services = new ServiceCollection();
            services.AddDefaultAWSOptions(configuration.GetAWSOptions());
            services.AddAWSService<IAmazonCognitoIdentityProvider>();
            using var provider = services.BuildServiceProvider();
            var client = provider.GetRequiredService<IAmazonCognitoIdentityProvider>();

            await client.ListUserPoolsAsync(new ListUserPoolsRequest { MaxResults = 10 });

            Assert.Contains("Credential=AKIDPROFILE/", server.SingleRequest.Header("Authorization"));
        }
        finally
        {
            File.Delete(credentialsFile);
        }
    }
}
