using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using LocalCognito;
using Reliability.Tests.Support;

namespace Reliability.Tests;

/// <summary>
/// Random and hostile Host, X-Forwarded-*, Forwarded and other headers on every path LocalCognito serves (the API,
/// the outbox, the JWKS and discovery documents, the OAuth endpoints of the default pool's domain, an unknown path), with and without --allowed-hosts "*": no answer is
/// a 5xx, no connection is dropped, and the server logs no error.
/// </summary>
public sealed class HeaderFuzzTests
{
    private const int RequestsPerServer = 3_000;
    private const int Workers = 8;
    private const int Seed = 20_261_207;

    private static readonly string[] Hosts =
    [
        "xn--", "a.xn--", "xn--.localhost", "xn--a", "xn--zz-", "xn--ls8h", "xn--ls8h-", "a.xn--b.xn--", "XN--", "xn---",
        "localhost", "localhost.", "localhost..", ".localhost", "localhost:0", "localhost:65536", "localhost:-1", "localhost:abc",
        "localhost:", ":80", "[::1]", "[::1", "::1]", "[zz]", "[::1]:x", "127.0.0.1", "127.1", "0x7f.1", "2130706433",
        "a..b", "-a.localhost", "a_b.localhost", "é.localhost", "ß.localhost", "\u00e4.xn--", "\u0130.localhost", "a b", "a\tb",
        "%6c%6f%63%61%6c%68%6f%73%74", "localhost%00.evil", "localhost/../", "user@localhost", "*", "*.localhost",
    ];

    private static readonly string[] Schemes = ["http", "https", "HTTPS", "ftp", "javascript", "", "http,https", " https ,", "https://evil", "h\u00e9"];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Hostile_headers_on_every_path_never_get_a_5xx(bool anyHost)
    {
        using var serverLog = new ServerErrorLog();
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { LoggerFactory = serverLog, AllowedHosts = anyHost ? ["*"] : [] });
        // UTF-8 header values, so non-ASCII Host names reach the server as raw bytes.
        using var http = new HttpClient(new SocketsHttpHandler { UseProxy = false, RequestHeaderEncodingSelector = (_, _) => Encoding.UTF8 })
        {
            BaseAddress = server.Endpoint,
            Timeout = TimeSpan.FromSeconds(60),
        };
        const string domain = "/domain/mfa-scenario";
        var query = $"?client_id={server.ClientId}&response_type=code&scope=openid&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback";
        string[] paths =
        [
            "/", "/_local/outbox", $"/{server.UserPoolId}/.well-known/jwks.json", $"/{server.UserPoolId}/.well-known/openid-configuration", "/nope",
            domain + "/oauth2/authorize" + query, domain + "/oauth2/userInfo", domain + "/logout" + query, domain + "/oauth2/token",
        ];
        var violations = new ConcurrentQueue<string>();

        await Parallel.ForAsync(0, Workers, async (worker, ct) =>
        {
            var random = new Random(Seed + worker + (anyHost ? 100 : 0));
            for (var i = worker; i < RequestsPerServer; i += Workers)
            {
                var path = paths[random.Next(paths.Length)];
                using var request = Request(random, path, server.ClientId);
                var sent = string.Join(" | ", request.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"));
                try
                {
                    using var response = await http.SendAsync(request, ct);
                    if ((int)response.StatusCode >= 500)
                    {
                        violations.Enqueue($"{(int)response.StatusCode} for {request.Method} {path} with {sent}: {await response.Content.ReadAsStringAsync(ct)}");
                    }
                }
                catch (HttpRequestException error)
                {
                    violations.Enqueue($"connection failed for {request.Method} {path} with {sent}: {error.Message}");
                }
            }
        });

        Assert.True(violations.IsEmpty, $"{violations.Count} bad answers:\n{string.Join("\n", violations.Take(15))}\n{serverLog.Describe()}");
        Assert.DoesNotContain(serverLog.Entries, entry => entry.StartsWith("Error", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Request(Random random, string path, string clientId)
    {
        var post = path == "/" || path.EndsWith("/oauth2/token", StringComparison.Ordinal);
        var request = new HttpRequestMessage(post ? HttpMethod.Post : HttpMethod.Get, path);
        if (post && path != "/")
        {
            request.Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["client_id"] = clientId, ["code"] = "x", ["redirect_uri"] = "http://localhost:8765/callback",
            });
        }

        if (path == "/")
        {
            // An unsigned operation that reaches the issuer (the discovery path does too) and one that does not.
            var operation = random.Next(2) == 0 ? "InitiateAuth" : "GetUser";
            request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
            request.Content = new StringContent(
                $"{{\"ClientId\":\"{clientId}\",\"AuthFlow\":\"USER_PASSWORD_AUTH\",\"AuthParameters\":{{\"USERNAME\":\"nobody\",\"PASSWORD\":\"x\"}},\"AccessToken\":\"x.y.z\"}}");
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        }

        if (random.Next(5) != 0)
        {
            request.Headers.TryAddWithoutValidation("Host", Pick(random, Hosts) + (random.Next(3) == 0 ? ":" + random.Next(-5, 70_000) : ""));
        }

        string[] extra = ["X-Forwarded-Proto", "X-Forwarded-Host", "X-Forwarded-For", "X-Forwarded-Port", "X-Forwarded-Prefix", "Forwarded",
            "X-Original-URL", "X-Rewrite-URL", "X-HTTP-Method-Override", "Origin", "Referer", "X-Amz-Date", "X-Amz-User-Agent"];
        for (var n = random.Next(0, 5); n > 0; n--)
        {
            var name = Pick(random, extra);
            var value = name == "X-Forwarded-Proto" ? Pick(random, Schemes) : random.Next(2) == 0 ? Pick(random, Hosts) : Garbage(random);
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static string Garbage(Random random)
    {
        var text = new StringBuilder();
        for (var i = random.Next(0, 300); i > 0; i--)
        {
            text.Append((char)random.Next(0x21, 0x7F));
        }

        return text.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
