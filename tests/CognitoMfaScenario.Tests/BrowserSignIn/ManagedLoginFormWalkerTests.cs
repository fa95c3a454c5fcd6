using System.Net;
using System.Net.Sockets;
using System.Text;
using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace CognitoMfaScenario.Tests.BrowserSignIn;

/// <summary>
/// The walker against small login pages served over real HTTP (an HttpListener here; LocalCognito's own pages are
/// walked end to end in BrowserSignInEndToEndTests): redirects, the session cookie, hidden fields, the code field.
/// </summary>
public sealed class ManagedLoginFormWalkerTests : IDisposable
{
    private readonly HttpListener _server = new();
    private readonly Uri _base;
    private readonly Uri _redirectUri;
    private readonly List<string> _posts = [];

    public ManagedLoginFormWalkerTests()
    {
        var port = FreePort();
        _base = new Uri($"http://localhost:{port}/");
        _redirectUri = new Uri($"http://localhost:{port}/callback");
        _server.Prefixes.Add(_base.AbsoluteUri);
        _server.Start();
    }

    /// <summary>What the fake pages do: (path, method, form) → (status, html or location).</summary>
    private Func<string, string, Dictionary<string, string>, (int Status, string Body)> Pages { get; set; } = (_, _, _) => (404, "");

    [Fact]
    public async Task It_signs_in_through_a_password_page_and_a_code_page_keeping_the_cookie_and_the_csrf_field()
    {
        var codesAsked = 0;
        Pages = (path, method, form) => (path, method) switch
        {
            ("/oauth2/authorize", "GET") => (302, "/login?flow=1"),
            ("/login", "GET") => (200, """
                <title>Sign in</title><form method="post" action="/login?flow=1">
                <input type="hidden" name="_csrf" value="csrf-token-1">
                <input name="username" autocomplete="username"><input type="password" name="password" autocomplete="current-password">
                <button type="submit">Sign in</button></form>
                """),
            ("/login", "POST") => (303, "/mfa?flow=1"),
            ("/mfa", "GET") => (200, """
                <title>Enter your authenticator code</title><form method=post><input type=hidden name=_csrf value=csrf-token-1>
                <input name="code" autocomplete="one-time-code" inputmode="numeric"></form>
                """),
            ("/mfa", "POST") => (302, _redirectUri + "?code=the-code&state=s1"),
            ("/callback", "GET") => (200, "<title>Signed in</title>"),
            _ => (404, ""),
        };
        var answers = new ManagedLoginAnswers("ann", "Pa55-word!", "SOFTWARE_TOKEN_MFA", _ => Task.FromResult((++codesAsked).ToString("000000", null)));

        var serving = ServeAsync();
        var back = await new ManagedLoginFormWalker().SignInAsync(new Uri(_base, "/oauth2/authorize?x=1"), _redirectUri, answers, CancellationToken.None);

        Assert.Equal(new Uri(_redirectUri + "?code=the-code&state=s1"), back);
        Assert.Equal(1, codesAsked);
        Assert.Equal(
        [
            "/login?flow=1 _csrf=csrf-token-1&username=ann&password=Pa55-word%21 cookie=yes",
            "/mfa?flow=1 _csrf=csrf-token-1&code=000001 cookie=yes",
        ], _posts);
        await StopAsync(serving);
    }

    [Fact]
    public async Task A_page_showing_an_error_stops_the_walk_with_the_pages_words()
    {
        Pages = (path, _, _) => path == "/oauth2/authorize"
            ? (400, "<title>Sign in</title><div class=\"alert\" role=\"alert\">Incorrect username or password.</div><form method=\"post\"></form>")
            : (404, "");

        var serving = ServeAsync();
        var error = await Assert.ThrowsAsync<ScenarioException>(() => new ManagedLoginFormWalker().SignInAsync(
            new Uri(_base, "/oauth2/authorize"), _redirectUri, new ManagedLoginAnswers("a", "b", "SOFTWARE_TOKEN_MFA", _ => Task.FromResult("1")), CancellationToken.None));

        Assert.Equal("The managed login page \"Sign in\" said: Incorrect username or password.", error.Message);
        await StopAsync(serving);
    }

    [Fact]
    public async Task A_field_it_cannot_answer_stops_the_walk_naming_the_field()
    {
        Pages = (path, _, _) => path == "/oauth2/authorize"
            ? (200, "<title>Set up MFA</title><form method=\"post\"><input type=\"email\" name=\"email\" autocomplete=\"email\"></form>")
            : (404, "");

        var serving = ServeAsync();
        var error = await Assert.ThrowsAsync<ScenarioException>(() => new ManagedLoginFormWalker().SignInAsync(
            new Uri(_base, "/oauth2/authorize"), _redirectUri, new ManagedLoginAnswers("a", "b", "SOFTWARE_TOKEN_MFA", _ => Task.FromResult("1")), CancellationToken.None));

        Assert.StartsWith("The managed login page \"Set up MFA\" asks for \"email\" (field email)", error.Message);
        await StopAsync(serving);
    }

    [Fact]
    public async Task Where_the_page_offers_a_choice_of_factor_the_runs_factor_is_picked()
    {
        Pages = (path, method, form) => (path, method) switch
        {
            ("/select", "GET") => (200, """
                <title>Choose</title><form method="post"><input type="radio" name="mfa" value="SOFTWARE_TOKEN_MFA" checked>
                <input type="radio" name="mfa" value="EMAIL_OTP"></form>
                """),
            ("/select", "POST") => (302, _redirectUri + "?code=c&state=s"),
            ("/callback", "GET") => (200, ""),
            _ => (404, ""),
        };

        var serving = ServeAsync();
        await new ManagedLoginFormWalker().SignInAsync(new Uri(_base, "/select"), _redirectUri,
            new ManagedLoginAnswers("a", "b", "EMAIL_OTP", _ => Task.FromResult("1")), CancellationToken.None);

        Assert.Equal(["/select mfa=EMAIL_OTP cookie=no"], _posts);
        await StopAsync(serving);
    }

    public void Dispose() => ((IDisposable)_server).Dispose();

    private async Task ServeAsync()
    {
        while (_server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _server.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var request = context.Request;
            var form = new Dictionary<string, string>();
            if (request.HttpMethod == "POST")
            {
                using var reader = new StreamReader(request.InputStream);
                var body = await reader.ReadToEndAsync();
                form = QueryHelpers.ParseQuery(body).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
                _posts.Add($"{request.Url!.PathAndQuery} {body} cookie={(request.Cookies["session"] is null ? "no" : "yes")}");
            }

            var (status, content) = Pages(request.Url!.AbsolutePath, request.HttpMethod, form);
            var response = context.Response;
            response.StatusCode = status;
            if (request.Url.AbsolutePath == "/login" && request.HttpMethod == "GET")
            {
                response.AppendHeader("Set-Cookie", "session=s1; Path=/; HttpOnly; SameSite=Lax");
            }

            if (status is >= 300 and < 400)
            {
                response.RedirectLocation = content;
            }
            else
            {
                var bytes = Encoding.UTF8.GetBytes(content);
                response.ContentType = "text/html; charset=utf-8";
                response.OutputStream.Write(bytes);
            }

            response.Close();
        }
    }

    private async Task StopAsync(Task serving)
    {
        _server.Stop();
        await serving;
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
