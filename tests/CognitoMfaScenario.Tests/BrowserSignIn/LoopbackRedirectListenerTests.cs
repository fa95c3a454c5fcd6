using System.Net;
using System.Net.Sockets;
using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.Tests.BrowserSignIn;

/// <summary>The loopback listener over real HTTP on a free port.</summary>
public sealed class LoopbackRedirectListenerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly Uri _redirectUri = new($"http://localhost:{FreePort()}/callback");

    [Fact]
    public async Task The_redirect_with_this_attempts_state_gives_the_code_and_a_page_that_says_so()
    {
        using var listener = await LoopbackRedirectListener.StartAsync(_redirectUri, TimeSpan.Zero, TimeProvider.System, CancellationToken.None);
        var waiting = listener.WaitAsync("state-1", new CancellationTokenSource(Patience).Token);
        using var http = new HttpClient();

        using var page = await http.GetAsync(new Uri(_redirectUri, "?code=abc123&state=state-1"));
        var response = await waiting;

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("You can close this tab", await page.Content.ReadAsStringAsync());
        Assert.DoesNotContain("abc123", await page.Content.ReadAsStringAsync());
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal(new AuthorizationResponse("abc123", null, null), response);
    }

    [Fact]
    public async Task A_redirect_with_another_state_is_refused_and_the_listener_keeps_waiting()
    {
        using var listener = await LoopbackRedirectListener.StartAsync(_redirectUri, TimeSpan.Zero, TimeProvider.System, CancellationToken.None);
        var waiting = listener.WaitAsync("state-1", new CancellationTokenSource(Patience).Token);
        using var http = new HttpClient();

        using var forged = await http.GetAsync(new Uri(_redirectUri, "?code=stolen&state=other"));
        using var favicon = await http.GetAsync(new Uri(_redirectUri, "/favicon.ico"));
        Assert.False(waiting.IsCompleted);
        using var real = await http.GetAsync(new Uri(_redirectUri, "?code=good&state=state-1"));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, favicon.StatusCode);
        Assert.Equal("good", (await waiting).Code);
    }

    [Fact]
    public async Task An_error_redirect_ends_the_wait_with_the_error()
    {
        using var listener = await LoopbackRedirectListener.StartAsync(_redirectUri, TimeSpan.Zero, TimeProvider.System, CancellationToken.None);
        var waiting = listener.WaitAsync("s", new CancellationTokenSource(Patience).Token);
        using var http = new HttpClient();

        using var page = await http.GetAsync(new Uri(_redirectUri, "?error=access_denied&error_description=User%20cancelled&state=s"));

        var response = await waiting;
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Null(response.Code);
        Assert.Equal("access_denied (User cancelled)", response.DescribeError());
    }

    [Fact]
    public async Task Cancelling_ends_the_wait()
    {
        using var listener = await LoopbackRedirectListener.StartAsync(_redirectUri, TimeSpan.Zero, TimeProvider.System, CancellationToken.None);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => listener.WaitAsync("s", cancellation.Token));
    }

    [Fact]
    public async Task A_port_held_by_another_program_is_named_in_the_error_after_the_wait()
    {
        using var holder = new TcpListener(IPAddress.Loopback, _redirectUri.Port);
        holder.Start();

        var error = await Assert.ThrowsAsync<ScenarioException>(() =>
            LoopbackRedirectListener.StartAsync(_redirectUri, TimeSpan.FromMilliseconds(600), TimeProvider.System, CancellationToken.None));

        Assert.Contains($"another program uses port {_redirectUri.Port}", error.Message);
        Assert.Contains(_redirectUri.ToString(), error.Message);
    }

    [Fact]
    public async Task A_port_freed_while_waiting_is_taken()
    {
        var holder = new TcpListener(IPAddress.Loopback, _redirectUri.Port);
        holder.Start();
        _ = Task.Delay(500).ContinueWith(_ => holder.Stop(), TaskScheduler.Default);

        using var listener = await LoopbackRedirectListener.StartAsync(_redirectUri, Patience, TimeProvider.System, CancellationToken.None);

        Assert.NotNull(listener);
    }

    [Theory]
    [InlineData("https://localhost:8765/callback")]
    [InlineData("http://example.com:8765/callback")]
    public async Task Only_plain_http_loopback_addresses_can_be_listened_on(string uri)
    {
        var error = await Assert.ThrowsAsync<ScenarioException>(() =>
            LoopbackRedirectListener.StartAsync(new Uri(uri), TimeSpan.Zero, TimeProvider.System, CancellationToken.None));

        Assert.Contains("is not an http://localhost address", error.Message);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
