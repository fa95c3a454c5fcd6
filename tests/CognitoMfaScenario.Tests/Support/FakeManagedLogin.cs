using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>
/// Plays the pool's domain for tests that mock Cognito: /oauth2/authorize answers a browser that has a session already
/// (a redirect straight back to the app with a code), and /oauth2/token redeems that code once, checking the PKCE
/// verifier and the redirect URI, with tokens from <see cref="ScriptedCognito"/>. Requests to other hosts (the loopback
/// listener) go out over the network.
/// </summary>
public sealed class FakeManagedLogin(ScriptedCognito cognito) : HttpMessageHandler
{
    public const string DomainBaseUrl = "https://mfa-scenario.auth.us-east-1.amazoncognito.com";

    private readonly HttpMessageInvoker _network = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private readonly Dictionary<string, (string Challenge, string RedirectUri, string? Nonce)> _codes = [];

    /// <summary>The discovery document of a pool with this domain.</summary>
    public static string DiscoveryJson(Uri jwksUri) => $$"""
        {"issuer": "{{ScriptedCognito.Issuer}}", "jwks_uri": "{{jwksUri}}",
         "authorization_endpoint": "{{DomainBaseUrl}}/oauth2/authorize", "token_endpoint": "{{DomainBaseUrl}}/oauth2/token"}
        """;

    /// <summary>What the app sent to /oauth2/authorize, last time.</summary>
    public IReadOnlyDictionary<string, string?> LastAuthorizeQuery { get; private set; } = new Dictionary<string, string?>();

    /// <summary>What the app sent to /oauth2/token, last time.</summary>
    public IReadOnlyDictionary<string, string> LastTokenForm { get; private set; } = new Dictionary<string, string>();

    /// <summary>When set, /oauth2/authorize sends the browser back with this error instead of a code.</summary>
    public string? AuthorizeError { get; set; }

    /// <summary>When set, the ID token carries this nonce instead of the request's (a token from another sign-in).</summary>
    public string? NonceOverride { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var url = request.RequestUri!;
        if (!url.AbsoluteUri.StartsWith(DomainBaseUrl, StringComparison.Ordinal))
        {
            return await _network.SendAsync(request, cancellationToken);
        }

        return url.AbsolutePath switch
        {
            "/oauth2/authorize" => Authorize(url),
            "/oauth2/token" => await TokenAsync(request, cancellationToken),
            _ => new HttpResponseMessage(HttpStatusCode.NotFound),
        };
    }

    private HttpResponseMessage Authorize(Uri url)
    {
        var query = QueryHelpers.ParseQuery(url.Query).ToDictionary(pair => pair.Key, pair => (string?)pair.Value.ToString());
        LastAuthorizeQuery = query;
        var redirectUri = query["redirect_uri"]!;
        var back = new Dictionary<string, string?> { ["state"] = query.GetValueOrDefault("state") };
        if (AuthorizeError is not null)
        {
            back["error"] = AuthorizeError;
        }
        else
        {
            var code = "code-" + Guid.NewGuid().ToString("N");
            _codes[code] = (query["code_challenge"]!, redirectUri, query.GetValueOrDefault("nonce"));
            back["code"] = code;
        }

        var response = new HttpResponseMessage(HttpStatusCode.Found);
        response.Headers.Location = new Uri(QueryHelpers.AddQueryString(redirectUri, back));
        return response;
    }

    private async Task<HttpResponseMessage> TokenAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var form = QueryHelpers.ParseQuery(await request.Content!.ReadAsStringAsync(cancellationToken)).ToDictionary(pair => pair.Key, pair => pair.Value.ToString());
        LastTokenForm = form;
        if (!_codes.Remove(form.GetValueOrDefault("code") ?? "", out var issued)
            || issued.RedirectUri != form.GetValueOrDefault("redirect_uri")
            || issued.Challenge != Base64UrlChallenge(form.GetValueOrDefault("code_verifier") ?? ""))
        {
            return Json(HttpStatusCode.BadRequest, new { error = "invalid_grant" });
        }

        var tokens = cognito.IssueBrowserTokens(NonceOverride ?? issued.Nonce);
        return Json(HttpStatusCode.OK, new
        {
            access_token = tokens.AccessToken,
            id_token = tokens.IdToken,
            refresh_token = tokens.RefreshToken,
            expires_in = 3600,
            token_type = "Bearer",
        });
    }

    private static string Base64UrlChallenge(string verifier) =>
        Convert.ToBase64String(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static HttpResponseMessage Json(HttpStatusCode status, object body) =>
        new(status) { Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json") };

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _network.Dispose();
        }

        base.Dispose(disposing);
    }
}
