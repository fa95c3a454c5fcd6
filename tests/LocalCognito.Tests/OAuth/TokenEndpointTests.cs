using System.Net;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests.OAuth;

/// <summary>/oauth2/token over real HTTP: the three grants, client authentication and every documented error.</summary>
public sealed class TokenEndpointTests
{
    [Fact]
    public async Task Authorization_code_with_PKCE_gives_scoped_tokens_with_nonce_and_at_hash()
    {
        await using var p = await OAuthPool.CreateAsync();
        const string verifier = "a-verifier-that-is-long-enough-for-pkce-0123456789";
        var code = await p.CodeAsync("openid email " + OAuthPool.Api + "/read", verifier, nonce: "n-123");

        var (status, body, response) = await p.ExchangeAsync(code, verifier);

        Assert.Equal(200, status);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Equal("Bearer", body["token_type"]!.GetValue<string>());
        Assert.Equal(3600, body["expires_in"]!.GetValue<int>());
        Assert.NotNull(body["refresh_token"]);
        var access = new JsonWebToken(body["access_token"]!.GetValue<string>());
        Assert.Equal("openid email https://api.example.com/read", access.GetPayloadValue<string>("scope"));
        Assert.Equal("access", access.GetPayloadValue<string>("token_use"));
        Assert.Equal(2, access.GetPayloadValue<int>("version"));
        Assert.Equal(p.WebClientId, access.GetPayloadValue<string>("client_id"));
        Assert.Equal("ana", access.GetPayloadValue<string>("username"));
        var id = new JsonWebToken(body["id_token"]!.GetValue<string>());
        Assert.Equal("n-123", id.GetPayloadValue<string>("nonce"));
        Assert.Equal(p.WebClientId, id.GetPayloadValue<string>("aud"));
        Assert.Equal("ana@example.com", id.GetPayloadValue<string>("email"));
        Assert.Equal(access.GetPayloadValue<long>("auth_time"), id.GetPayloadValue<long>("auth_time"));
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.ASCII.GetBytes(access.EncodedToken));
        Assert.Equal(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(hash, 0, 16), id.GetPayloadValue<string>("at_hash"));
    }

    [Fact]
    public async Task A_code_works_once_and_not_after_five_minutes()
    {
        await using var p = await OAuthPool.CreateAsync();
        var code = await p.CodeAsync();
        Assert.Equal(200, (await p.ExchangeAsync(code)).Status);
        var reused = await p.ExchangeAsync(code);
        Assert.Equal((400, "invalid_grant"), (reused.Status, reused.Body["error"]!.GetValue<string>()));

        var late = await p.CodeAsync();
        p.T.Time.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        Assert.Equal("invalid_grant", (await p.ExchangeAsync(late)).Body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_openid_there_is_no_id_token()
    {
        await using var p = await OAuthPool.CreateAsync();
        var (status, body, _) = await p.ExchangeAsync(await p.CodeAsync("aws.cognito.signin.user.admin"));
        Assert.Equal(200, status);
        Assert.Null(body["id_token"]);
        Assert.Equal("aws.cognito.signin.user.admin", new JsonWebToken(body["access_token"]!.GetValue<string>()).GetPayloadValue<string>("scope"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("wrong-verifier-wrong-verifier-wrong-verifier-0000")]
    public async Task A_missing_or_wrong_PKCE_verifier_is_invalid_grant(string verifier)
    {
        await using var p = await OAuthPool.CreateAsync();
        var code = await p.CodeAsync(verifier: "the-right-verifier-the-right-verifier-0123456789");
        var (status, body, _) = await p.ExchangeAsync(code, verifier.Length > 0 ? verifier : null);
        Assert.Equal((400, "invalid_grant"), (status, body["error"]!.GetValue<string>()));
    }

    [Fact]
    public async Task The_code_is_bound_to_its_redirect_uri_and_client()
    {
        await using var p = await OAuthPool.CreateAsync();
        var code = await p.CodeAsync();
        var otherRedirect = await p.PostAsync("token", new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = "http://localhost:3000/cb",
        }, p.WebClientId, p.WebClientSecret);
        Assert.Equal("invalid_grant", otherRedirect.Body["error"]!.GetValue<string>());

        var unlisted = await p.PostAsync("token", new()
        {
            ["grant_type"] = "authorization_code", ["code"] = await p.CodeAsync(), ["redirect_uri"] = OAuthPool.Callback + "/",
        }, p.WebClientId, p.WebClientSecret);
        Assert.Equal("unauthorized_client", unlisted.Body["error"]!.GetValue<string>());

        var spaCode = await p.CodeAsync("openid", clientId: p.SpaClientId);
        var otherClient = await p.PostAsync("token", new()
        {
            ["grant_type"] = "authorization_code", ["code"] = spaCode, ["redirect_uri"] = OAuthPool.Callback,
        }, p.WebClientId, p.WebClientSecret);
        Assert.Equal("invalid_grant", otherClient.Body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_public_client_exchanges_with_client_id_in_the_form()
    {
        await using var p = await OAuthPool.CreateAsync();
        var code = await p.CodeAsync("openid", clientId: p.SpaClientId);
        var (status, body, _) = await p.PostAsync("token", new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = OAuthPool.Callback, ["client_id"] = p.SpaClientId,
        });
        Assert.Equal(200, status);
        Assert.NotNull(body["id_token"]);
    }

    [Fact]
    public async Task Client_authentication_errors_are_invalid_client()
    {
        await using var p = await OAuthPool.CreateAsync();
        var form = new Dictionary<string, string> { ["grant_type"] = "client_credentials" };
        var wrongBasic = await p.PostAsync("token", form, p.MachineClientId, "wrong");
        Assert.Equal((401, "invalid_client"), (wrongBasic.Status, wrongBasic.Body["error"]!.GetValue<string>()));
        Assert.Equal("Basic", wrongBasic.Response.Headers.WwwAuthenticate.ToString());

        var noSecret = await p.PostAsync("token", new() { ["grant_type"] = "client_credentials", ["client_id"] = p.MachineClientId });
        Assert.Equal((400, "invalid_client"), (noSecret.Status, noSecret.Body["error"]!.GetValue<string>()));

        var unknown = await p.PostAsync("token", new() { ["grant_type"] = "client_credentials", ["client_id"] = "nope", ["client_secret"] = "x" });
        Assert.Equal("invalid_client", unknown.Body["error"]!.GetValue<string>());

        var postSecret = await p.PostAsync("token", new()
        {
            ["grant_type"] = "client_credentials", ["client_id"] = p.MachineClientId, ["client_secret"] = p.MachineClientSecret,
        });
        Assert.Equal(200, postSecret.Status);
    }

    [Fact]
    public async Task Malformed_requests_are_invalid_request_and_unknown_grants_unsupported()
    {
        await using var p = await OAuthPool.CreateAsync();
        Assert.Equal("invalid_request", (await p.PostAsync("token", new() { ["client_id"] = p.SpaClientId })).Body["error"]!.GetValue<string>());
        Assert.Equal("unsupported_grant_type",
            (await p.PostAsync("token", new() { ["grant_type"] = "password", ["client_id"] = p.SpaClientId })).Body["error"]!.GetValue<string>());
        Assert.Equal("invalid_request", (await p.PostAsync("token", new()
        {
            ["grant_type"] = "authorization_code", ["client_id"] = p.SpaClientId, ["redirect_uri"] = OAuthPool.Callback,
        })).Body["error"]!.GetValue<string>());

        using var json = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        var notForm = await p.Browser.PostAsync($"/domain/{OAuthPool.Domain}/oauth2/token", json);
        Assert.Equal(HttpStatusCode.BadRequest, notForm.StatusCode);
        Assert.Equal("{\"error\":\"invalid_request\"}", await notForm.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Grants_the_client_is_not_allowed_are_unauthorized_client()
    {
        await using var p = await OAuthPool.CreateAsync();
        var machineWithCode = await p.PostAsync("token", new()
        {
            ["grant_type"] = "authorization_code", ["code"] = "x", ["redirect_uri"] = OAuthPool.Callback,
        }, p.MachineClientId, p.MachineClientSecret);
        Assert.Equal("unauthorized_client", machineWithCode.Body["error"]!.GetValue<string>());

        var webWithCredentials = await p.PostAsync("token", new() { ["grant_type"] = "client_credentials" }, p.WebClientId, p.WebClientSecret);
        Assert.Equal("unauthorized_client", webWithCredentials.Body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Client_credentials_gives_an_access_token_only_with_the_custom_scopes()
    {
        await using var p = await OAuthPool.CreateAsync();
        var all = await p.PostAsync("token", new() { ["grant_type"] = "client_credentials" }, p.MachineClientId, p.MachineClientSecret);
        Assert.Equal(200, all.Status);
        Assert.Null(all.Body["id_token"]);
        Assert.Null(all.Body["refresh_token"]);
        var token = new JsonWebToken(all.Body["access_token"]!.GetValue<string>());
        Assert.Equal(p.MachineClientId, token.Subject);
        Assert.Equal("https://api.example.com/read https://api.example.com/write", token.GetPayloadValue<string>("scope"));
        Assert.False(token.TryGetPayloadValue<string>("username", out _));

        var one = await p.PostAsync("token", new() { ["grant_type"] = "client_credentials", ["scope"] = OAuthPool.Api + "/write" },
            p.MachineClientId, p.MachineClientSecret);
        Assert.Equal(OAuthPool.Api + "/write", new JsonWebToken(one.Body["access_token"]!.GetValue<string>()).GetPayloadValue<string>("scope"));

        var notAllowed = await p.PostAsync("token", new() { ["grant_type"] = "client_credentials", ["scope"] = "openid" },
            p.MachineClientId, p.MachineClientSecret);
        Assert.Equal((400, "invalid_scope"), (notAllowed.Status, notAllowed.Body["error"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Refresh_token_grant_keeps_the_scopes_and_fails_once_revoked()
    {
        await using var p = await OAuthPool.CreateAsync();
        var first = (await p.ExchangeAsync(await p.CodeAsync("openid profile"))).Body;
        var refreshToken = first["refresh_token"]!.GetValue<string>();
        var refreshForm = new Dictionary<string, string> { ["grant_type"] = "refresh_token", ["refresh_token"] = refreshToken };

        var (status, body, _) = await p.PostAsync("token", refreshForm, p.WebClientId, p.WebClientSecret);
        Assert.Equal(200, status);
        Assert.Null(body["refresh_token"]);
        Assert.Equal("openid profile", new JsonWebToken(body["access_token"]!.GetValue<string>()).GetPayloadValue<string>("scope"));

        var revoked = await p.PostAsync("revoke", new() { ["token"] = refreshToken }, p.WebClientId, p.WebClientSecret);
        Assert.Equal(200, revoked.Status);
        var after = await p.PostAsync("token", refreshForm, p.WebClientId, p.WebClientSecret);
        Assert.Equal((400, "invalid_grant"), (after.Status, after.Body["error"]!.GetValue<string>()));
    }

    [Fact]
    public async Task An_unknown_domain_is_not_found()
    {
        await using var p = await OAuthPool.CreateAsync();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["grant_type"] = "client_credentials" });
        Assert.Equal(HttpStatusCode.NotFound, (await p.Browser.PostAsync("/domain/nobody/oauth2/token", form)).StatusCode);
    }
}
