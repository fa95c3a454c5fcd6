using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Conformance.Tests;

/// <summary>
/// Machine-to-machine tokens checked by code no one here wrote: the AWS CLI creates the resource server and the
/// client_credentials app clients, and an ASP.NET Core API using Microsoft.AspNetCore.Authentication.JwtBearer, given
/// only the pool's issuer as Authority (discovery and JWKS fetched by the handler), accepts a token carrying its
/// custom scope and refuses one without it.
/// </summary>
public sealed class JwtBearerClientCredentialsTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    private const string Api = "https://orders.example.com";

    [Fact]
    public async Task JwtBearer_accepts_a_client_credentials_token_with_the_scope_and_refuses_one_without_it()
    {
        using var aws = cognito.NewAwsCli();
        var domain = (await aws.CognitoAsync("describe-user-pool-domain", "--domain", "mfa-scenario")).ShouldSucceed()["DomainDescription"];
        Assert.Equal(cognito.UserPoolId, domain?["UserPoolId"]?.GetValue<string>());
        var suffix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3));
        var identifier = $"{Api}/{suffix}";
        (await aws.CognitoAsync("create-resource-server", "--user-pool-id", cognito.UserPoolId, "--identifier", identifier, "--name", "orders",
            "--scopes", "ScopeName=read,ScopeDescription=Read orders", "ScopeName=write,ScopeDescription=Write orders")).ShouldSucceed();
        var listed = (await aws.CognitoAsync("list-resource-servers", "--user-pool-id", cognito.UserPoolId, "--max-results", "50")).ShouldSucceed();
        Assert.Contains(identifier, listed["ResourceServers"]!.AsArray().Select(server => server?["Identifier"]?.GetValue<string>()));
        var reader = await MachineClientAsync(aws, $"reader-{suffix}", identifier + "/read");
        var writer = await MachineClientAsync(aws, $"writer-{suffix}", identifier + "/write");

        var issuer = $"{cognito.Endpoint.ToString().TrimEnd('/')}/{cognito.UserPoolId}";
        var (app, address) = await StartApiAsync(issuer, identifier + "/read");
        await using var _ = app;
        using var http = new HttpClient { BaseAddress = address };

        var readerToken = await ClientCredentialsTokenAsync(reader);
        Assert.Equal(HttpStatusCode.OK, (await GetOrdersAsync(http, readerToken)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await GetOrdersAsync(http, await ClientCredentialsTokenAsync(writer))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetOrdersAsync(http, null)).StatusCode);
        var tampered = readerToken[..^4] + (readerToken.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, (await GetOrdersAsync(http, tampered)).StatusCode);
    }

    private async Task<(string Id, string Secret)> MachineClientAsync(AwsCli aws, string name, string scope)
    {
        var client = (await aws.CognitoAsync("create-user-pool-client", "--user-pool-id", cognito.UserPoolId, "--client-name", name,
            "--generate-secret", "--allowed-o-auth-flows", "client_credentials", "--allowed-o-auth-scopes", scope,
            "--allowed-o-auth-flows-user-pool-client")).ShouldSucceed()["UserPoolClient"]!;
        return (client["ClientId"]!.GetValue<string>(), client["ClientSecret"]!.GetValue<string>());
    }

    private async Task<string> ClientCredentialsTokenAsync((string Id, string Secret) client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/domain/mfa-scenario/oauth2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{client.Id}:{client.Secret}")));
        using var response = await cognito.Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.True(response.StatusCode == HttpStatusCode.OK, body["error"]?.GetValue<string>());
        return body["access_token"]!.GetValue<string>();
    }

    private static async Task<HttpResponseMessage> GetOrdersAsync(HttpClient http, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await http.SendAsync(request);
    }

    /// <summary>The API under test: JwtBearer with the issuer as Authority, /orders needing the read scope.</summary>
    private static async Task<(WebApplication App, Uri Address)> StartApiAsync(string issuer, string requiredScope)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.Authority = issuer;
            options.RequireHttpsMetadata = false; // LocalCognito serves plain http on loopback
            options.MapInboundClaims = false;
            // Cognito access tokens carry client_id, not aud; APIs check the scope instead.
            options.TokenValidationParameters.ValidateAudience = false;
        });
        builder.Services.AddAuthorizationBuilder().AddPolicy("orders.read", policy =>
            policy.RequireAuthenticatedUser().RequireAssertion(context =>
                context.User.FindFirst("scope")?.Value.Split(' ').Contains(requiredScope) == true));
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/orders", () => Results.Text("orders")).RequireAuthorization("orders.read");
        await app.StartAsync();
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()));
    }
}
