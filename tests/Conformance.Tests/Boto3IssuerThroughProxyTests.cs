using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// boto3 reaches LocalCognito only through a forwarding proxy on another port (as through `docker -p` or a tunnel):
/// the tokens it gets must name the proxy as issuer and verify, with an independent JWT library (joserfc), against the
/// discovery document and JWKS fetched through the proxy; and LocalCognito must accept them whatever address is called.
/// </summary>
public sealed class Boto3IssuerThroughProxyTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task Tokens_minted_through_a_proxy_verify_against_the_discovery_document_fetched_through_it()
    {
        await using var proxy = ForwardingProxy.Start(cognito.Endpoint);
        var user = TestUser.CreateUnique("proxied");

        var observed = await Boto3Script.RunAsync("issuer_through_proxy.py", new JsonObject
        {
            ["proxyUrl"] = proxy.Endpoint.ToString(),
            ["directUrl"] = cognito.Endpoint.ToString(),
            ["region"] = cognito.Region,
            ["accessKeyId"] = cognito.Credentials.AccessKeyId,
            ["secretAccessKey"] = cognito.Credentials.SecretAccessKey,
            ["username"] = user.Username,
            ["password"] = user.Password,
        });
        var report = $"{Environment.NewLine}observed: {observed.ToJsonString()}";
        var poolId = observed["poolId"]!.GetValue<string>();
        var proxyIssuer = proxy.Endpoint.ToString().TrimEnd('/') + "/" + poolId;

        Assert.True(proxy.Connections > 0, $"boto3 must have gone through the proxy.{report}");
        Assert.True(observed["discoveryIssuer"]?.GetValue<string>() == proxyIssuer,
            $"Discovery fetched through the proxy must name the proxy's URL as issuer ({proxyIssuer}).{report}");
        Assert.True(observed["jwksUri"]?.GetValue<string>() == proxyIssuer + "/.well-known/jwks.json",
            $"The JWKS must be at the issuer the client can reach.{report}");
        Assert.True(observed["idTokenIssuer"]?.GetValue<string>() == proxyIssuer, $"The ID token's iss must be the proxy's URL.{report}");
        Assert.True(observed["idTokenError"] is null, $"The ID token must verify (signature, iss, aud).{report}");
        Assert.True(observed["accessTokenError"] is null, $"The access token must verify (signature, iss).{report}");

        // The checks above can fail: a changed signature and another issuer are refused by the same verification.
        Assert.StartsWith("BadSignatureError", observed["tamperedIdTokenError"]?.GetValue<string>() ?? "", StringComparison.Ordinal);
        Assert.StartsWith("InvalidClaimError", observed["otherIssuerError"]?.GetValue<string>() ?? "", StringComparison.Ordinal);

        Assert.True(observed["getUserThroughProxy"]?["username"]?.GetValue<string>() == user.Username,
            $"GetUser through the proxy must accept the access token.{report}");
        Assert.True(observed["getUserDirect"]?["username"]?.GetValue<string>() == user.Username,
            $"GetUser at LocalCognito's own address must accept an access token minted through the proxy.{report}");
    }
}
