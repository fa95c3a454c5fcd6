using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace ManagedLogin.Tests;

/// <summary>
/// A web app as its developer would write it against Cognito: Microsoft's OpenID Connect handler with the authorization
/// code flow and PKCE, configured with nothing but the pool's issuer as Authority, the client id and the client secret
/// (everything else comes from the discovery document). "/" needs a signed-in user and lists the id token's claims.
/// </summary>
public sealed class OidcWebApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private OidcWebApp(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    public string CallbackUrl => BaseUrl + "/signin-oidc";

    /// <summary>A free loopback port, so the callback URL can be registered before the app starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<OidcWebApp> StartAsync(int port, string issuer, string clientId, string clientSecret)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        // Cognito takes plain http callback URLs only on localhost.
        builder.WebHost.UseUrls($"http://localhost:{port}");
        builder.Services
            .AddAuthentication(options =>
            {
                options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
                options.DefaultChallengeScheme = OpenIdConnectDefaults.AuthenticationScheme;
            })
            .AddCookie()
            .AddOpenIdConnect(options =>
            {
                options.Authority = issuer;
                options.RequireHttpsMetadata = false; // LocalCognito serves plain http on loopback
                options.ClientId = clientId;
                options.ClientSecret = clientSecret;
                options.ResponseType = OpenIdConnectResponseType.Code;
                options.ResponseMode = OpenIdConnectResponseMode.Query; // Cognito answers in the query, not form_post
                options.UsePkce = true;
                options.Scope.Clear();
                options.Scope.Add("openid");
                options.Scope.Add("email");
                options.MapInboundClaims = false;
                options.SaveTokens = true;
                // On http the handler's correlation and nonce cookies cannot be Secure/SameSite=None.
                options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.CorrelationCookie.SameSite = SameSiteMode.Lax;
                options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.NonceCookie.SameSite = SameSiteMode.Lax;
            });
        builder.Services.AddAuthorization();
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/", (HttpContext http) =>
                Results.Text(string.Join('\n', http.User.Claims.Select(claim => $"{claim.Type}={claim.Value}").Prepend("signed in"))))
            .RequireAuthorization();
        await app.StartAsync();
        return new OidcWebApp(app, $"http://localhost:{port}");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
