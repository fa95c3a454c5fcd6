using System.Net;
using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using Microsoft.AspNetCore.Http;

namespace LocalCognito.Tests;

/// <summary>DNS rebinding: only loopback names, the public URL's host and --allowed-hosts are answered, on any port.</summary>
public sealed class HostAllowListTests
{
    [Theory]
    [InlineData("localhost")]
    [InlineData("localhost:9229")]
    [InlineData("LOCALHOST:1")]
    [InlineData("localhost.")]
    [InlineData("app.localhost:8080")]
    [InlineData("127.0.0.1")]
    [InlineData("127.0.0.1:9229")]
    [InlineData("127.5.6.7:80")]
    [InlineData("[::1]")]
    [InlineData("[::1]:9229")]
    public void Loopback_names_are_answered_on_any_port(string host) =>
        Assert.True(new HostAllowList(null, []).Allows(new HostString(host)));

    [Theory]
    [InlineData("evil.example")]
    [InlineData("rebind.attacker.example:9229")]
    [InlineData("localhost.attacker.example")]
    [InlineData("10.0.0.1")]
    [InlineData("0.0.0.0:9229")]
    [InlineData("[fe80::1]")]
    public void Other_names_are_refused(string host) =>
        Assert.False(new HostAllowList(null, []).Allows(new HostString(host)));

    [Fact]
    public void A_missing_Host_header_is_refused() => Assert.False(new HostAllowList(null, []).Allows(default));

    [Fact]
    public void The_public_url_host_and_allowed_hosts_are_answered()
    {
        var list = new HostAllowList(new Uri("https://cognito.dev.example:8443/"), ["proxy.internal", " *.tunnel.example ", "http://gateway:8080/", "box:9229"]);
        Assert.True(list.Allows(new HostString("cognito.dev.example")));
        Assert.True(list.Allows(new HostString("Cognito.Dev.Example:443")));
        Assert.True(list.Allows(new HostString("proxy.internal:9229")));
        Assert.True(list.Allows(new HostString("abc.tunnel.example")));
        Assert.True(list.Allows(new HostString("gateway")));
        Assert.True(list.Allows(new HostString("box:1234")));
        Assert.False(list.Allows(new HostString("tunnel.example.evil")));
        Assert.False(list.Allows(new HostString("dev.example")));
    }

    [Fact]
    public void A_star_answers_every_host() =>
        Assert.True(new HostAllowList(null, ["*"]).Allows(new HostString("anything.example")));

    [Fact]
    public async Task Every_endpoint_refuses_an_unknown_host_with_an_aws_style_403()
    {
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions());
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        string[] paths = ["/", "/_local/outbox", $"/{server.UserPoolId}/.well-known/jwks.json", $"/{server.UserPoolId}/.well-known/openid-configuration"];
        foreach (var path in paths)
        {
            using var request = new HttpRequestMessage(path == "/" ? HttpMethod.Post : HttpMethod.Get, path);
            request.Headers.Host = "rebind.attacker.example:" + server.Endpoint.Port;
            if (path == "/")
            {
                request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService.ListUserPools");
                request.Content = new StringContent("{\"MaxResults\":1}");
            }

            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.Equal("ForbiddenException", body["__type"]!.GetValue<string>());
            Assert.Contains("rebind.attacker.example", body["message"]!.GetValue<string>());
            Assert.Contains("--allowed-hosts", body["message"]!.GetValue<string>());
            Assert.Equal("ForbiddenException:", response.Headers.GetValues("x-amzn-ErrorType").Single());
        }

        // The same requests under a loopback name are answered.
        using var allowed = new HttpRequestMessage(HttpMethod.Get, "/_local/outbox");
        allowed.Headers.Host = "localhost:" + server.Endpoint.Port;
        using var ok = await http.SendAsync(allowed);
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
    }

    [Fact]
    public async Task Allowed_hosts_and_the_public_url_are_answered_over_http()
    {
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions
        {
            PublicUrl = new Uri("https://cognito.dev.example/"),
            AllowedHosts = ["proxy.internal"],
        });
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        foreach (var host in new[] { "cognito.dev.example", "proxy.internal:8080" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/{server.UserPoolId}/.well-known/jwks.json");
            request.Headers.Host = host;
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("xn--", false)]
    [InlineData("a.xn--", false)]
    [InlineData("xn--.localhost:9229", false)]
    [InlineData("a.xn--", true)]
    public async Task A_host_that_is_invalid_punycode_gets_a_400_on_every_path_never_a_500(string host, bool anyHost)
    {
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { AllowedHosts = anyHost ? ["*"] : [] });
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        string[] paths = ["/", "/_local/outbox", $"/{server.UserPoolId}/.well-known/jwks.json", $"/{server.UserPoolId}/.well-known/openid-configuration"];
        foreach (var path in paths)
        {
            using var request = new HttpRequestMessage(path == "/" ? HttpMethod.Post : HttpMethod.Get, path);
            Assert.True(request.Headers.TryAddWithoutValidation("Host", host));
            if (path == "/")
            {
                request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService.ListUserPools");
                request.Content = new StringContent("{\"MaxResults\":1}");
            }

            using var response = await http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} with Host {host}: {(int)response.StatusCode} {body.ToJsonString()}");
            Assert.Equal("InvalidParameterException", body["__type"]!.GetValue<string>());
            Assert.Contains("is not a valid host name", body["message"]!.GetValue<string>());
        }
    }
}
