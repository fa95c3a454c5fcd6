using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>
/// An HTTP reverse proxy on its own loopback port that forwards every request to one upstream server and notes what
/// passed, as a person watching the traffic (mitmproxy in reverse mode, a logging nginx) would see it. It keeps the
/// caller's Host header, because the AWS SDK signs it (SigV4) and a rewritten Host fails the signature check.
/// </summary>
public sealed class WatchingProxy : IAsyncDisposable
{
    // Connection-scoped headers are the proxy's own business on each hop (RFC 9110, 7.6.1).
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Proxy-Connection", "Proxy-Authorization", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Expect", "Host",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _client = new(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, UseCookies = false });
    private readonly ConcurrentQueue<string> _seen = new();

    private WatchingProxy(WebApplication app) => _app = app;

    /// <summary>http://127.0.0.1:&lt;proxy port&gt;/</summary>
    public Uri Endpoint { get; private set; } = null!;

    /// <summary>Where requests go; set after start when the upstream server must know the proxy's port first.</summary>
    public Uri? Upstream { get; set; }

    /// <summary>One line per forwarded request: "POST / AWSCognitoIdentityProviderService.SignUp -> 200", "GET /… -> 200".</summary>
    public IReadOnlyList<string> Seen => [.. _seen];

    public static async Task<WatchingProxy> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var proxy = new WatchingProxy(app);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        proxy.Endpoint = new Uri(address.TrimEnd('/') + "/");
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        var incoming = context.Request;
        if (Upstream is not { } upstream)
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        using var body = new MemoryStream();
        await incoming.Body.CopyToAsync(body, context.RequestAborted);
        using var outgoing = new HttpRequestMessage(new HttpMethod(incoming.Method), new Uri(upstream, incoming.Path.ToUriComponent() + incoming.QueryString.ToUriComponent()));
        if (body.Length > 0)
        {
            outgoing.Content = new ByteArrayContent(body.ToArray());
        }

        foreach (var (name, values) in incoming.Headers.Where(header => !HopByHop.Contains(header.Key)))
        {
            if (!outgoing.Headers.TryAddWithoutValidation(name, [.. values]))
            {
                outgoing.Content?.Headers.TryAddWithoutValidation(name, [.. values]);
            }
        }

        outgoing.Headers.Host = incoming.Host.Value;
        using var answer = await _client.SendAsync(outgoing, context.RequestAborted);
        var target = incoming.Headers["X-Amz-Target"].ToString();
        _seen.Enqueue($"{incoming.Method} {incoming.Path}{(target.Length > 0 ? " " + target : "")} -> {(int)answer.StatusCode}");

        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers).Where(header => !HopByHop.Contains(header.Key)))
        {
            context.Response.Headers[name] = values.ToArray();
        }

        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
