using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace LocalCognito.Tests.OAuth;

/// <summary>
/// Cross-origin access over real HTTP, as a browser app (Amplify, the AWS SDK for JavaScript, oidc-client-ts) sees it: preflights
/// and actual responses of the API, the domain's token/userInfo/revoke, discovery and JWKS; and none on the navigation pages.
/// </summary>
public sealed class CorsTests
{
    private const string App = "http://localhost:3000";
    private const string SdkHeaders = "amz-sdk-invocation-id,amz-sdk-request,cache-control,content-type,x-amz-target,x-amz-user-agent";

    [Fact]
    public async Task An_api_preflight_is_answered_like_cognito_idp_without_a_signature()
    {
        await using var t = await TestServer.StartAsync();

        using var response = await t.Http.SendAsync(Preflight("/", "POST", SdkHeaders));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
        Assert.Equal("POST", Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal(SdkHeaders, Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal("x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date", Header(response, "Access-Control-Expose-Headers"));
        Assert.Equal("172800", Header(response, "Access-Control-Max-Age"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        Assert.NotNull(Header(response, "x-amzn-RequestId"));
    }

    [Fact]
    public async Task Api_successes_and_errors_carry_the_origin_and_the_exposed_error_headers()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpConfirmedAsync("ana");

        using var ok = await t.Http.SendAsync(ApiCall("SignUp", SignUpJson(t)));
        using var refused = await t.Http.SendAsync(ApiCall("InitiateAuth",
            $$$"""{"ClientId":"{{{t.ClientId}}}","AuthFlow":"USER_PASSWORD_AUTH","AuthParameters":{"USERNAME":"ana","PASSWORD":"wrong-Passw0rd!"}}"""));
        using var unsigned = await t.Http.SendAsync(ApiCall("ListUserPools", """{"MaxResults":1}"""));

        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("NotAuthorizedException:", Header(refused, "x-amzn-ErrorType"));
        Assert.NotEqual(HttpStatusCode.OK, unsigned.StatusCode); // an admin call still needs SigV4; only the preflight is free
        foreach (var response in new[] { ok, refused, unsigned })
        {
            Assert.Equal("*", Header(response, "Access-Control-Allow-Origin"));
            Assert.Equal("x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date", Header(response, "Access-Control-Expose-Headers"));
            Assert.Null(Header(response, "Access-Control-Allow-Methods"));
        }
    }

    [Fact]
    public async Task A_call_without_an_origin_gets_no_cors_headers()
    {
        await using var t = await TestServer.StartAsync();
        using var request = ApiCall("SignUp", SignUpJson(t));
        request.Headers.Remove("Origin");

        using var response = await t.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(CorsHeaders(response));
    }

    [Theory]
    [InlineData("token", "POST")]
    [InlineData("revoke", "POST")]
    [InlineData("userInfo", "GET,POST")]
    [InlineData("userinfo", "GET,POST")]
    public async Task A_domain_endpoint_preflight_echoes_the_origin(string endpoint, string methods)
    {
        await using var p = await OAuthPool.CreateAsync();

        using var response = await p.Browser.SendAsync(Preflight($"/domain/{OAuthPool.Domain}/oauth2/{endpoint}", "POST", "authorization,content-type"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(App, Header(response, "Access-Control-Allow-Origin"));
        Assert.Contains("Origin", response.Headers.Vary);
        Assert.Equal(methods, Header(response, "Access-Control-Allow-Methods"));
        Assert.Equal("authorization,content-type", Header(response, "Access-Control-Allow-Headers"));
        Assert.Equal("1800", Header(response, "Access-Control-Max-Age"));
        Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task A_spa_exchanges_its_code_reads_userinfo_and_revokes_cross_origin()
    {
        await using var p = await OAuthPool.CreateAsync();
        var code = await p.CodeAsync("openid email", clientId: p.SpaClientId);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = OAuthPool.Callback, ["client_id"] = p.SpaClientId,
        };

        using var token = await p.Browser.SendAsync(FromApp(HttpMethod.Post, $"/domain/{OAuthPool.Domain}/oauth2/token", new FormUrlEncodedContent(form)));
        var tokens = System.Text.Json.Nodes.JsonNode.Parse(await token.Content.ReadAsStringAsync())!;
        using var reused = await p.Browser.SendAsync(FromApp(HttpMethod.Post, $"/domain/{OAuthPool.Domain}/oauth2/token", new FormUrlEncodedContent(form)));
        using var userInfoRequest = FromApp(HttpMethod.Get, $"/domain/{OAuthPool.Domain}/oauth2/userInfo");
        userInfoRequest.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens["access_token"]!.GetValue<string>());
        using var userInfo = await p.Browser.SendAsync(userInfoRequest);
        using var revoke = await p.Browser.SendAsync(FromApp(HttpMethod.Post, $"/domain/{OAuthPool.Domain}/oauth2/revoke", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["token"] = tokens["refresh_token"]!.GetValue<string>(), ["client_id"] = p.SpaClientId,
        })));

        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, userInfo.StatusCode);
        Assert.Equal(HttpStatusCode.OK, revoke.StatusCode);
        foreach (var response in new[] { token, reused, userInfo, revoke })
        {
            Assert.Equal(App, Header(response, "Access-Control-Allow-Origin"));
            Assert.Contains("Origin", response.Headers.Vary);
            Assert.Null(Header(response, "Access-Control-Allow-Credentials"));
        }
    }

    [Theory]
    [InlineData("jwks.json")]
    [InlineData("openid-configuration")]
    public async Task Discovery_and_jwks_are_readable_from_any_origin(string document)
    {
        await using var t = await TestServer.StartAsync();
        var path = $"/{t.PoolId}/.well-known/{document}";

        using var get = await t.Http.SendAsync(FromApp(HttpMethod.Get, path));
        using var missing = await t.Http.SendAsync(FromApp(HttpMethod.Get, $"/us-east-1_Nope12345/.well-known/{document}"));
        using var preflight = await t.Http.SendAsync(Preflight(path, "GET", "accept,x-requested-with"));

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("*", Header(get, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("*", Header(missing, "Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, preflight.StatusCode);
        Assert.Equal("*", Header(preflight, "Access-Control-Allow-Origin"));
        Assert.Equal("GET", Header(preflight, "Access-Control-Allow-Methods"));
        Assert.Equal("accept,x-requested-with", Header(preflight, "Access-Control-Allow-Headers"));
    }

    [Theory]
    [InlineData("/domain/mfa-scenario/login", true)]
    [InlineData("/domain/mfa-scenario/signup", true)]
    [InlineData("/domain/mfa-scenario/oauth2/authorize", false)]
    [InlineData("/domain/mfa-scenario/logout", false)]
    public async Task Navigation_pages_get_no_cors_headers_and_keep_their_frame_protection(string path, bool isPage)
    {
        await using var p = await OAuthPool.CreateAsync();
        var query = $"?client_id={p.SpaClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(OAuthPool.Callback)}&scope=openid";

        using var get = await p.Browser.SendAsync(FromApp(HttpMethod.Get, path + query));
        using var preflight = await p.Browser.SendAsync(Preflight(path, "POST", "content-type"));

        Assert.Empty(CorsHeaders(get));
        Assert.Empty(CorsHeaders(preflight));
        Assert.NotEqual(HttpStatusCode.OK, preflight.StatusCode);
        if (isPage)
        {
            Assert.Equal(HttpStatusCode.OK, get.StatusCode);
            Assert.Equal("DENY", Header(get, "X-Frame-Options"));
        }
    }

    [Fact]
    public async Task Unknown_routes_still_404_and_a_refused_host_gets_no_cors_headers()
    {
        await using var t = await TestServer.StartAsync();

        using var unknown = await t.Http.SendAsync(Preflight("/not/a/route", "POST", "content-type"));
        using var rebinding = Preflight("/", "POST", SdkHeaders);
        rebinding.Headers.Host = "rebind.attacker.example";
        using var refused = await t.Http.SendAsync(rebinding);

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Empty(CorsHeaders(unknown));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Empty(CorsHeaders(refused));
    }

    private static string SignUpJson(TestServer t) =>
        $$$"""{"ClientId":"{{{t.ClientId}}}","Username":"bea","Password":"{{{TestServer.Password}}}","UserAttributes":[{"Name":"email","Value":"bea@example.com"}]}""";

    private static HttpRequestMessage Preflight(string path, string method, string headers)
    {
        var request = FromApp(HttpMethod.Options, path);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Method", method);
        request.Headers.TryAddWithoutValidation("Access-Control-Request-Headers", headers);
        return request;
    }

    private static HttpRequestMessage ApiCall(string operation, string json)
    {
        var request = FromApp(HttpMethod.Post, "/", new StringContent(json, Encoding.UTF8));
        request.Content!.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSCognitoIdentityProviderService." + operation);
        request.Headers.TryAddWithoutValidation("X-Amz-User-Agent", "aws-amplify/6.0.0 auth/1 framework/1");
        request.Headers.TryAddWithoutValidation("amz-sdk-invocation-id", Guid.NewGuid().ToString());
        request.Headers.TryAddWithoutValidation("amz-sdk-request", "attempt=1; max=3");
        request.Headers.CacheControl = new CacheControlHeaderValue { NoStore = true };
        return request;
    }

    private static HttpRequestMessage FromApp(HttpMethod method, string path, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.TryAddWithoutValidation("Origin", App);
        return request;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(",", values)
            : null;

    private static IEnumerable<string> CorsHeaders(HttpResponseMessage response) =>
        response.Headers.Select(header => header.Key).Where(name => name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
}
