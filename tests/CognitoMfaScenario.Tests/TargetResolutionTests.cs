using Amazon;
using CognitoMfaScenario.Configuration;

namespace CognitoMfaScenario.Tests;

/// <summary>Choosing AWS, an endpoint or cdk outputs (the embedded server is covered end to end).</summary>
public sealed class TargetResolutionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cdk-outputs-test").FullName;
    private readonly HttpClient _http = new(new RefusingHandler());

    [Fact]
    public void Cdk_outputs_are_found_from_a_nested_folder()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cdk"));
        File.WriteAllText(Path.Combine(_root, "cdk", "cdk-outputs.json"),
            """{"CognitoMfaStack": {"UserPoolId": "eu-central-1_Abc", "ClientId": "client9", "Region": "eu-central-1"}}""");
        var nested = Directory.CreateDirectory(Path.Combine(_root, "src", "app", "bin")).FullName;

        var outputs = CdkOutputs.Find([nested]);

        Assert.NotNull(outputs);
        Assert.Equal(("eu-central-1_Abc", "client9", "eu-central-1"), (outputs.PoolId, outputs.ClientId, outputs.Region));
    }

    [Fact]
    public void Broken_cdk_outputs_give_an_options_error()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cdk"));
        File.WriteAllText(Path.Combine(_root, "cdk", "cdk-outputs.json"), """{"Stack": {"Other": "x"}}""");

        var error = Assert.Throws<OptionsException>(() => CdkOutputs.Find([_root]));

        Assert.Contains("UserPoolId", error.Message);
    }

    [Fact]
    public async Task A_configured_pool_targets_AWS_in_the_pool_region()
    {
        await using var resolved = await Resolve(new ScenarioOptions { PoolId = "ap-south-1_Xyz", ClientId = "cid", Profile = "dev" });

        Assert.Equal(TargetKind.Aws, resolved.Target.Kind);
        Assert.Equal("ap-south-1", resolved.Target.Region);
        Assert.Equal(RegionEndpoint.APSouth1, resolved.AwsOptions.Region);
        Assert.Equal("dev", resolved.AwsOptions.Profile);
        Assert.Null(resolved.AwsOptions.Credentials); // standard chain
        Assert.Equal(new Uri("https://cognito-idp.ap-south-1.amazonaws.com/ap-south-1_Xyz/.well-known/jwks.json"), resolved.Target.JwksUri);
        Assert.Null(resolved.Target.DiscoveryUri); // Cognito's issuer is documented, not discovered
    }

    [Fact]
    public async Task A_region_that_contradicts_the_pool_id_is_warned_about()
    {
        await using var resolved = await Resolve(new ScenarioOptions { PoolId = "us-east-1_Xyz", ClientId = "cid", Region = "eu-west-1" });

        Assert.Contains(resolved.Notes, n => n.Contains("the pool id says us-east-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cdk_outputs_are_used_when_nothing_is_configured()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cdk"));
        File.WriteAllText(Path.Combine(_root, "cdk", "cdk-outputs.json"), """{"S": {"UserPoolId": "us-west-2_Q", "ClientId": "c", "Region": "us-west-2"}}""");

        await using var resolved = await Resolve(new ScenarioOptions());

        Assert.Equal((TargetKind.Aws, "us-west-2_Q", "c"), (resolved.Target.Kind, resolved.Target.PoolId, resolved.Target.ClientId));
    }

    [Fact]
    public async Task Cdk_outputs_give_the_browser_sign_in_its_domain_and_callback()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cdk"));
        File.WriteAllText(Path.Combine(_root, "cdk", "cdk-outputs.json"), """
            {"S": {"UserPoolId": "us-west-2_Q", "ClientId": "c", "Region": "us-west-2",
                   "DomainBaseUrl": "https://mfa-scenario-1a2b3c4d.auth.us-west-2.amazoncognito.com", "CallbackUrl": "http://localhost:8765/callback"}}
            """);

        await using var resolved = await Resolve(new ScenarioOptions());

        Assert.Equal(new Uri("https://mfa-scenario-1a2b3c4d.auth.us-west-2.amazoncognito.com"), resolved.Target.DomainBaseUrl);
        Assert.Equal("http://localhost:8765/callback", resolved.Target.CallbackUrl?.OriginalString);
    }

    [Fact]
    public async Task Configured_callback_url_wins_over_the_cdk_outputs()
    {
        Directory.CreateDirectory(Path.Combine(_root, "cdk"));
        File.WriteAllText(Path.Combine(_root, "cdk", "cdk-outputs.json"),
            """{"S": {"UserPoolId": "us-west-2_Q", "ClientId": "c", "CallbackUrl": "http://localhost:8765/callback"}}""");

        await using var resolved = await Resolve(new ScenarioOptions { CallbackUrl = new Uri("http://localhost:9100/signed-in") });

        Assert.Equal(new Uri("http://localhost:9100/signed-in"), resolved.Target.CallbackUrl);
        Assert.Null(resolved.Target.DomainBaseUrl); // outputs of a stack deployed before cdk/ had a domain
    }

    [Fact]
    public async Task An_endpoint_uses_local_credentials_and_probes_for_an_outbox()
    {
        await using var resolved = await Resolve(new ScenarioOptions { Endpoint = "http://127.0.0.1:9/", PoolId = "us-east-1_L", ClientId = "c" });

        Assert.Equal(TargetKind.Endpoint, resolved.Target.Kind);
        Assert.False(resolved.Target.HasOutbox); // the probe was refused
        Assert.Equal("http://127.0.0.1:9/", resolved.AwsOptions.DefaultClientConfig.ServiceURL);
        Assert.Equal("us-east-1", resolved.AwsOptions.DefaultClientConfig.AuthenticationRegion);
        Assert.Equal(new Uri("http://127.0.0.1:9/us-east-1_L/.well-known/jwks.json"), resolved.Target.JwksUri);
        Assert.Equal(new Uri("http://127.0.0.1:9/us-east-1_L/.well-known/openid-configuration"), resolved.Target.DiscoveryUri);
    }

    [Theory]
    [InlineData(true, "http://127.0.0.1:9/", null, null, "contradict")]
    [InlineData(false, "http://127.0.0.1:9/", null, null, "--pool-id")]
    [InlineData(false, "not a url", "p_1", "c", "absolute")]
    [InlineData(false, null, "us-east-1_P", null, "ClientId is not")]
    [InlineData(false, null, null, "c", "PoolId is not")]
    public async Task Contradictory_or_incomplete_options_are_rejected(bool local, string? endpoint, string? poolId, string? clientId, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsException>(() =>
            Resolve(new ScenarioOptions { Local = local, Endpoint = endpoint, PoolId = poolId, ClientId = clientId }));

        Assert.Contains(expected, error.Message);
    }

    private Task<ResolvedTarget> Resolve(ScenarioOptions options) =>
        TargetResolver.ResolveAsync(options, [_root], TimeProvider.System, _http, CancellationToken.None);

    public void Dispose()
    {
        _http.Dispose();
        Directory.Delete(_root, recursive: true);
    }

    private sealed class RefusingHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException("Connection refused");
    }
}
