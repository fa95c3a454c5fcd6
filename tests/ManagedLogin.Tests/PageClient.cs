using System.Net;
using System.Text.RegularExpressions;

namespace ManagedLogin.Tests;

/// <summary>
/// A minimal browser over HTTP for the pages: keeps cookies, follows redirects while they stay on LocalCognito (the
/// app's callback is recorded, not fetched), and submits a page's forms the way a browser would (hidden fields
/// included). It records every URL it visits, so tests can check that no secret ever travels in one.
/// </summary>
public sealed partial class PageClient : IDisposable
{
    private readonly HttpClient _http;
    private readonly Uri _server;

    public PageClient(Uri server)
    {
        _server = server;
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false, UseCookies = true });
    }

    public CookieContainer Cookies { get; } = new();
    public List<string> VisitedUrls { get; } = [];
    /// <summary>Every Set-Cookie header LocalCognito sent.</summary>
    public List<string> SetCookies { get; } = [];
    public Uri Url { get; private set; } = new("http://unset/");
    public HttpStatusCode Status { get; private set; }
    public string Html { get; private set; } = "";
    /// <summary>Where LocalCognito sent the browser outside itself (the app's callback), if it did.</summary>
    public Uri? LeftTo { get; private set; }

    public Task OpenAsync(string url) => SendAsync(new HttpRequestMessage(HttpMethod.Get, url));

    /// <summary>Submits the page's n-th form with its hidden fields plus the given ones.</summary>
    public Task SubmitAsync(Dictionary<string, string> fields, int formIndex = 0)
    {
        var form = FormsRegex().Matches(Html)[formIndex];
        var values = HiddenRegex().Matches(form.Value).ToDictionary(match => Decode(match.Groups[1].Value), match => Decode(match.Groups[2].Value));
        foreach (var (name, value) in fields)
        {
            values[name] = value;
        }

        return SubmitToAsync(Decode(form.Groups[1].Value), values);
    }

    /// <summary>Posts form fields to a path on the server (also to forge posts a browser would not send).</summary>
    public Task SubmitToAsync(string action, Dictionary<string, string> values) =>
        SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(_server, action)) { Content = new FormUrlEncodedContent(values) });

    /// <summary>The text of the page's alert (role="alert"), or null.</summary>
    public string? Alert => AlertRegex().Match(Html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    /// <summary>The text of the page's notice (role="status"), or null.</summary>
    public string? Notice => NoticeRegex().Match(Html) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;

    public string Title => WebUtility.HtmlDecode(TitleRegex().Match(Html).Groups[1].Value);

    /// <summary>The TOTP secret the set-up page shows in groups of four, without the spaces.</summary>
    public string TotpSecret => SecretRegex().Match(Html).Groups[1].Value.Replace(" ", "", StringComparison.Ordinal);

    private async Task SendAsync(HttpRequestMessage request)
    {
        for (var hop = 0; hop < 10; hop++)
        {
            VisitedUrls.Add(request.RequestUri!.ToString());
            using var response = await _http.SendAsync(request);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                SetCookies.AddRange(cookies);
            }

            Url = request.RequestUri!;
            Status = response.StatusCode;
            Html = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode is < 300 or >= 400)
            {
                return;
            }

            var location = new Uri(request.RequestUri!, response.Headers.Location!);
            if (location.Authority != _server.Authority)
            {
                VisitedUrls.Add(location.ToString());
                LeftTo = location;
                return;
            }

            request = new HttpRequestMessage(HttpMethod.Get, location);
        }

        throw new InvalidOperationException("Too many redirects.");
    }

    private static string Decode(string html) => WebUtility.HtmlDecode(html);

    public void Dispose() => _http.Dispose();

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]*)\"[^>]*>(?s:.*?)</form>")]
    private static partial Regex FormsRegex();

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]*)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenRegex();

    [GeneratedRegex("role=\"alert\"[^>]*>([^<]*)<")]
    private static partial Regex AlertRegex();

    [GeneratedRegex("role=\"status\"[^>]*>([^<]*)<")]
    private static partial Regex NoticeRegex();

    [GeneratedRegex("<h1>([^<]*)</h1>")]
    private static partial Regex TitleRegex();

    [GeneratedRegex("id=\"totp-secret\">([^<]*)<")]
    private static partial Regex SecretRegex();
}
