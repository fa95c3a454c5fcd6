using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Tests;

/// <summary>
/// The issuer follows the caller: tokens, the discovery document and the JWKS URL name the URL the client called
/// (its Host header and scheme), or --public-url when set, so clients behind a proxy or port mapping verify tokens.
/// </summary>
public sealed class IssuerTests
{
    [Theory]
    [InlineData("localhost:{port}", "http://localhost:{port}")]
    [InlineData("127.0.0.1:{port}", "http://127.0.0.1:{port}")]
    [InlineData("localhost:18080", "http://localhost:18080")]
    [InlineData("app.localhost", "http://app.localhost")]
    public async Task Tokens_name_the_host_the_client_called(string hostTemplate, string baseTemplate)
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        var port = t.Server.Endpoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var tokens = await SignInThroughAsync(t, pool, "tom", hostTemplate.Replace("{port}", port, StringComparison.Ordinal));

        var expected = baseTemplate.Replace("{port}", port, StringComparison.Ordinal) + "/" + pool.PoolId;
        Assert.Equal(expected, new JsonWebToken(tokens.IdToken).Issuer);
        Assert.Equal(expected, new JsonWebToken(tokens.AccessToken).Issuer);
    }

    [Fact]
    public async Task The_discovery_document_names_the_host_it_was_fetched_through()
    {
        await using var t = await TestServer.StartAsync();

        var discovery = await DiscoveryThroughAsync(t, "localhost:4566");

        Assert.Equal($"http://localhost:4566/{t.PoolId}", discovery["issuer"]!.GetValue<string>());
        Assert.Equal($"http://localhost:4566/{t.PoolId}/.well-known/jwks.json", discovery["jwks_uri"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("https", "https")]
    [InlineData("HTTPS, http", "https")]
    [InlineData("http", "http")]
    [InlineData("ftp", "http")]
    [InlineData("javascript", "http")]
    public async Task A_proxy_that_ended_TLS_makes_the_issuer_https_through_X_Forwarded_Proto(string forwardedProto, string expectedScheme)
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");

        var tokens = await SignInThroughAsync(t, pool, "tom", "localhost:8443", forwardedProto);
        var discovery = await DiscoveryThroughAsync(t, "localhost:8443", forwardedProto);

        Assert.Equal($"{expectedScheme}://localhost:8443/{pool.PoolId}", new JsonWebToken(tokens.IdToken).Issuer);
        Assert.Equal($"{expectedScheme}://localhost:8443/{t.PoolId}", discovery["issuer"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_public_url_is_the_issuer_whatever_host_is_called()
    {
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions
        {
            PublicUrl = new Uri("https://cognito.dev.example/idp/?ignored=1"),
        });
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        foreach (var host in new[] { "cognito.dev.example", "localhost:" + server.Endpoint.Port })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/{server.UserPoolId}/.well-known/openid-configuration");
            request.Headers.Host = host;
            using var response = await http.SendAsync(request);
            var discovery = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

            Assert.Equal($"https://cognito.dev.example/idp/{server.UserPoolId}", discovery["issuer"]!.GetValue<string>());
            Assert.Equal($"https://cognito.dev.example/idp/{server.UserPoolId}/.well-known/jwks.json", discovery["jwks_uri"]!.GetValue<string>());
        }
    }

    [Fact]
    public async Task Tokens_minted_under_the_public_url_carry_it_as_issuer()
    {
        await using var t = await TestServer.StartAsync(publicUrl: new Uri("https://cognito.dev.example/"));
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");

        var tokens = await SignInThroughAsync(t, pool, "tom", "127.0.0.1:" + t.Server.Endpoint.Port);

        Assert.Equal($"https://cognito.dev.example/{pool.PoolId}", new JsonWebToken(tokens.IdToken).Issuer);
    }

    [Fact]
    public async Task An_id_token_minted_through_a_host_verifies_against_the_discovery_and_JWKS_of_that_host()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");
        const string host = "localhost:9000";

        var tokens = await SignInThroughAsync(t, pool, "tom", host);
        var discovery = await DiscoveryThroughAsync(t, host, poolId: pool.PoolId);
        var jwksUri = new Uri(discovery["jwks_uri"]!.GetValue<string>());
        Assert.Equal(host, jwksUri.Authority);
        using var jwksRequest = new HttpRequestMessage(HttpMethod.Get, jwksUri.PathAndQuery);
        jwksRequest.Headers.Host = host;
        using var jwksResponse = await t.Http.SendAsync(jwksRequest);
        var jwks = new JsonWebKeySet(await jwksResponse.Content.ReadAsStringAsync());

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(tokens.IdToken, new TokenValidationParameters
        {
            IssuerSigningKeys = jwks.GetSigningKeys(),
            ValidIssuer = discovery["issuer"]!.GetValue<string>(),
            ValidAudience = pool.ClientId,
            ValidateLifetime = false, // the fake clock is not the handler's clock
        });
        Assert.True(result.IsValid, result.Exception?.Message);
    }

    [Fact]
    public async Task An_access_token_minted_through_a_proxy_host_is_accepted_through_any_host()
    {
        await using var t = await TestServer.StartAsync();
        var pool = await CustomPool.CreateAsync(t);
        await pool.SignUpConfirmedAsync("tom");

        var tokens = await SignInThroughAsync(t, pool, "tom", "proxy.localhost:8080");
        Assert.StartsWith("http://proxy.localhost:8080/", new JsonWebToken(tokens.AccessToken).Issuer, StringComparison.Ordinal);

        // The project's client calls 127.0.0.1:<port>, not the host the token names.
        var user = await t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken });
        Assert.Equal("tom", user.Username);
    }

    /// <summary>USER_PASSWORD_AUTH over raw HTTP with the given Host header (and X-Forwarded-Proto, if any).</summary>
    private static async Task<AuthenticationResultType> SignInThroughAsync(TestServer t, CustomPool pool, string username, string host,
        string? forwardedProto = null)
    {
        var body = new JsonObject
        {
            ["ClientId"] = pool.ClientId,
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = TestServer.Password },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService.InitiateAuth");
        request.Headers.Host = host;
        if (forwardedProto is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", forwardedProto);
        }

        using var response = await t.Http.SendAsync(request);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.IsSuccessStatusCode, answer.ToJsonString());
        var result = answer["AuthenticationResult"]!;
        return new AuthenticationResultType
        {
            AccessToken = result["AccessToken"]!.GetValue<string>(),
            IdToken = result["IdToken"]!.GetValue<string>(),
        };
    }

    private static async Task<JsonNode> DiscoveryThroughAsync(TestServer t, string host, string? forwardedProto = null, string? poolId = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/{poolId ?? t.PoolId}/.well-known/openid-configuration");
        request.Headers.Host = host;
        if (forwardedProto is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", forwardedProto);
        }

        using var response = await t.Http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"discovery through {host}: HTTP {(int)response.StatusCode}");
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
