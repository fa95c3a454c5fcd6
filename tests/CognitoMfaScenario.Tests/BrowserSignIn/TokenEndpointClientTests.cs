using System.Net;
using System.Text;
using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.Tests.BrowserSignIn;

public sealed class TokenEndpointClientTests
{
    private static readonly Uri TokenEndpoint = new("https://mfa-scenario.auth.us-east-1.amazoncognito.com/oauth2/token");
    private static readonly Uri RedirectUri = new("http://localhost:8765/callback");

    [Fact]
    public async Task The_code_is_redeemed_with_the_verifier_and_the_exact_redirect_uri_and_the_tokens_come_back()
    {
        var handler = new Recorder(HttpStatusCode.OK, """{"access_token":"at","id_token":"it","refresh_token":"rt","expires_in":3600,"token_type":"Bearer"}""");
        using var http = new HttpClient(handler);

        var tokens = await new TokenEndpointClient(http).RedeemCodeAsync(TokenEndpoint, "client-1", null, "code-1", RedirectUri, "verifier-1", CancellationToken.None);

        Assert.Equal(("at", "it", "rt", 3600, "Bearer"), (tokens.AccessToken, tokens.IdToken, tokens.RefreshToken, tokens.ExpiresIn, tokens.TokenType));
        Assert.Equal(HttpMethod.Post, handler.Method);
        Assert.Equal("application/x-www-form-urlencoded", handler.ContentType);
        Assert.Equal("grant_type=authorization_code&client_id=client-1&code=code-1&redirect_uri=http%3A%2F%2Flocalhost%3A8765%2Fcallback&code_verifier=verifier-1",
            handler.Body);
        Assert.Null(handler.Authorization); // a public client sends no secret
    }

    [Fact]
    public async Task A_client_with_a_secret_authenticates_with_http_basic()
    {
        var handler = new Recorder(HttpStatusCode.OK, """{"access_token":"at"}""");
        using var http = new HttpClient(handler);

        await new TokenEndpointClient(http).RedeemCodeAsync(TokenEndpoint, "client-1", "s3cret+/=", "code-1", RedirectUri, "v", CancellationToken.None);

        // RFC 6749 2.3.1: id and secret form-encoded before base64.
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("client-1:s3cret%2B%2F%3D")), handler.Authorization);
        Assert.DoesNotContain("s3cret", handler.Body);
    }

    [Theory]
    [InlineData("""{"error":"invalid_grant"}""", "refused the code (invalid_grant). The code was used already, has expired")]
    [InlineData("""{"error":"invalid_client","error_description":"Client authentication failed"}""", "(invalid_client: Client authentication failed). The app client id or secret is wrong")]
    [InlineData("""{"error":"unauthorized_client"}""", "add \"code\" to its AllowedOAuthFlows")]
    [InlineData("<html>Bad gateway</html>", "refused the code (HTTP 400)")]
    public async Task A_refusal_is_explained_with_the_oauth_error(string body, string expected)
    {
        using var http = new HttpClient(new Recorder(HttpStatusCode.BadRequest, body));

        var error = await Assert.ThrowsAsync<ScenarioException>(() =>
            new TokenEndpointClient(http).RedeemCodeAsync(TokenEndpoint, "client-1", null, "code-1", RedirectUri, "v", CancellationToken.None));

        Assert.Contains(expected, error.Message);
        Assert.Contains(TokenEndpoint.ToString(), error.Message);
    }

    private sealed class Recorder(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public HttpMethod? Method { get; private set; }
        public string? ContentType { get; private set; }
        public string? Body { get; private set; }
        public string? Authorization { get; private set; }

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Method = request.Method;
            ContentType = request.Content?.Headers.ContentType?.MediaType;
            Body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
            Authorization = request.Headers.Authorization?.ToString();
            return new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        }
    }
}
