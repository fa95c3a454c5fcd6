using System.Net;
using System.Text;
using CognitoMfaScenario.Errors;
using Microsoft.AspNetCore.WebUtilities;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>
/// Receives the browser's redirect back to the app at the loopback redirect URI (e.g. http://localhost:8765/callback),
/// the way a native app does (RFC 8252 section 7.3). The app client allows exactly this URI, so the port is fixed.
/// Requests for other paths get a 404; a redirect whose state is not this attempt's is refused and waiting goes on.
/// </summary>
public sealed class LoopbackRedirectListener : IDisposable
{
    private readonly HttpListener _listener;
    private readonly Uri _redirectUri;

    private LoopbackRedirectListener(HttpListener listener, Uri redirectUri)
    {
        _listener = listener;
        _redirectUri = redirectUri;
    }

    /// <summary>
    /// Starts listening on the redirect URI's host and port. A taken port is tried again until <paramref name="portWait"/>
    /// has passed: the holder is most often another run of this scenario in the middle of its own browser sign-in.
    /// </summary>
    /// <exception cref="ScenarioException">The URI is not a plain-http loopback address, or its port stays taken.</exception>
    public static async Task<LoopbackRedirectListener> StartAsync(Uri redirectUri, TimeSpan portWait, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        if (redirectUri.Scheme != Uri.UriSchemeHttp || !redirectUri.IsLoopback)
        {
            throw new ScenarioException($"The callback URL {redirectUri} is not an http://localhost address, so this program cannot receive the redirect.");
        }

        var giveUpAt = timeProvider.GetUtcNow() + portWait;
        while (true)
        {
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://{redirectUri.Authority}/");
            try
            {
                listener.Start();
                return new LoopbackRedirectListener(listener, redirectUri);
            }
            catch (HttpListenerException exception)
            {
                ((IDisposable)listener).Dispose();
                if (timeProvider.GetUtcNow() >= giveUpAt)
                {
                    throw new ScenarioException(
                        $"Cannot listen on {redirectUri.Authority} for the sign-in redirect ({exception.Message}): another program uses port {redirectUri.Port}. " +
                        $"The app client allows only {redirectUri} as its callback, so close that program and run the step again.", exception);
                }
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), timeProvider, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Waits for the redirect that carries <paramref name="expectedState"/> and answers the browser with a short page.</summary>
    /// <exception cref="OperationCanceledException">Cancelled or timed out through the token.</exception>
    public async Task<AuthorizationResponse> WaitAsync(string expectedState, CancellationToken cancellationToken)
    {
        // GetContextAsync takes no token: stopping the listener ends the wait.
        using var stop = cancellationToken.Register(() => _listener.Stop());
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }

            var response = Read(context.Request, expectedState);
            Answer(context.Response, response);
            if (response.Outcome is { } outcome)
            {
                return outcome;
            }
        }
    }

    public void Dispose() => ((IDisposable)_listener).Dispose();

    private (int Status, string Title, string Text, AuthorizationResponse? Outcome) Read(HttpListenerRequest request, string expectedState)
    {
        if (!string.Equals(request.Url?.AbsolutePath, _redirectUri.AbsolutePath, StringComparison.Ordinal))
        {
            return (404, "Not found", "This address only receives the sign-in redirect.", null);
        }

        var query = QueryHelpers.ParseQuery(request.Url!.Query);
        string? Value(string name) => query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;
        if (Value("state") != expectedState)
        {
            // Not the sign-in this run started (an old tab, or someone else's link): never use its code.
            return (400, "Unexpected sign-in response", "This response does not belong to the sign-in the program is waiting for. Go back to the terminal.", null);
        }

        if (Value("code") is { Length: > 0 } code)
        {
            return (200, "Signed in", "You are signed in. You can close this tab and go back to the terminal.", new AuthorizationResponse(code, null, null));
        }

        var error = new AuthorizationResponse(null, Value("error") ?? "no_code", Value("error_description"));
        return (400, "Sign-in failed", $"The sign-in did not finish: {error.DescribeError()}. Go back to the terminal.", error);
    }

    private static void Answer(HttpListenerResponse response, (int Status, string Title, string Text, AuthorizationResponse? Outcome) page)
    {
        var html = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(page.Title)}</title></head>" +
                   $"<body><h1>{WebUtility.HtmlEncode(page.Title)}</h1><p>{WebUtility.HtmlEncode(page.Text)}</p></body></html>";
        var body = Encoding.UTF8.GetBytes(html);
        response.StatusCode = page.Status;
        response.ContentType = "text/html; charset=utf-8";
        // The page follows a redirect that carried a code: keep it out of caches and out of the next page's Referer.
        response.Headers["Cache-Control"] = "no-store";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.ContentLength64 = body.Length;
        response.OutputStream.Write(body);
        response.Close();
    }
}
