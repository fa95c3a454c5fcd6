using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests.OAuth;

/// <summary>/oauth2/userInfo, /oauth2/revoke and /logout over real HTTP.</summary>
public sealed class UserInfoRevokeLogoutTests
{
    [Fact]
    public async Task UserInfo_answers_the_users_attributes_for_an_openid_access_token_by_GET_and_POST()
    {
        await using var p = await OAuthPool.CreateAsync();
        var access = (await p.ExchangeAsync(await p.CodeAsync("openid email"))).Body["access_token"]!.GetValue<string>();
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            var (status, body, _) = await UserInfoAsync(p, method, access);
            Assert.Equal(200, status);
            Assert.Equal("ana", body["username"]!.GetValue<string>());
            Assert.Equal("ana@example.com", body["email"]!.GetValue<string>());
            Assert.Equal("true", body["email_verified"]!.GetValue<string>());
            Assert.NotNull(body["sub"]);
        }
    }

    [Fact]
    public async Task UserInfo_refuses_missing_bad_revoked_and_non_openid_tokens()
    {
        await using var p = await OAuthPool.CreateAsync();
        var missing = await UserInfoAsync(p, HttpMethod.Get, null);
        Assert.Equal((400, "invalid_request"), (missing.Status, missing.Body["error"]!.GetValue<string>()));

        var bad = await UserInfoAsync(p, HttpMethod.Get, "not.a.token");
        Assert.Equal((401, "invalid_token"), (bad.Status, bad.Body["error"]!.GetValue<string>()));
        Assert.StartsWith("Bearer error=\"invalid_token\"", bad.Response.Headers.WwwAuthenticate.ToString());

        var noOpenId = (await p.ExchangeAsync(await p.CodeAsync("aws.cognito.signin.user.admin"))).Body["access_token"]!.GetValue<string>();
        var insufficient = await UserInfoAsync(p, HttpMethod.Get, noOpenId);
        Assert.Equal((403, "insufficient_scope"), (insufficient.Status, insufficient.Body["error"]!.GetValue<string>()));

        var tokens = (await p.ExchangeAsync(await p.CodeAsync())).Body;
        await p.PostAsync("revoke", new() { ["token"] = tokens["refresh_token"]!.GetValue<string>() }, p.WebClientId, p.WebClientSecret);
        var revoked = await UserInfoAsync(p, HttpMethod.Get, tokens["access_token"]!.GetValue<string>());
        Assert.Equal(401, revoked.Status);

        var machine = (await p.PostAsync("token", new() { ["grant_type"] = "client_credentials" }, p.MachineClientId, p.MachineClientSecret)).Body;
        Assert.Equal(401, (await UserInfoAsync(p, HttpMethod.Get, machine["access_token"]!.GetValue<string>())).Status);
    }

    [Fact]
    public async Task Revoke_errors()
    {
        await using var p = await OAuthPool.CreateAsync();
        var tokens = (await p.ExchangeAsync(await p.CodeAsync())).Body;
        var noToken = await p.PostAsync("revoke", new(), p.WebClientId, p.WebClientSecret);
        Assert.Equal((400, "invalid_request"), (noToken.Status, noToken.Body["error"]!.GetValue<string>()));
        var accessToken = await p.PostAsync("revoke", new() { ["token"] = tokens["access_token"]!.GetValue<string>() }, p.WebClientId, p.WebClientSecret);
        Assert.Equal("unsupported_token_type", accessToken.Body["error"]!.GetValue<string>());
        var wrongSecret = await p.PostAsync("revoke", new() { ["token"] = tokens["refresh_token"]!.GetValue<string>() }, p.WebClientId, "nope");
        Assert.Equal((401, "invalid_client"), (wrongSecret.Status, wrongSecret.Body["error"]!.GetValue<string>()));
        var otherClient = await p.PostAsync("revoke", new() { ["token"] = tokens["refresh_token"]!.GetValue<string>(), ["client_id"] = p.SpaClientId });
        Assert.Equal("unauthorized_client", otherClient.Body["error"]!.GetValue<string>());
        var unknown = await p.PostAsync("revoke", new() { ["token"] = "unknown-token" }, p.WebClientId, p.WebClientSecret);
        Assert.Equal(200, unknown.Status);
    }

    [Fact]
    public async Task Logout_clears_the_session_cookie_and_redirects_only_to_a_registered_logout_uri()
    {
        await using var p = await OAuthPool.CreateAsync();
        var ok = await p.Browser.GetAsync($"/domain/{OAuthPool.Domain}/logout?client_id={p.WebClientId}&logout_uri={Uri.EscapeDataString(OAuthPool.SignOut)}");
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal(OAuthPool.SignOut, ok.Headers.Location!.ToString());
        var cookie = Assert.Single(ok.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith("localcognito-session=;", cookie);
        Assert.Contains($"path=/domain/{OAuthPool.Domain}", cookie);

        var evil = await p.Browser.GetAsync($"/domain/{OAuthPool.Domain}/logout?client_id={p.WebClientId}&logout_uri=https%3A%2F%2Fevil.example.com");
        Assert.Equal(HttpStatusCode.BadRequest, evil.StatusCode);
        Assert.Null(evil.Headers.Location);
        var noClient = await p.Browser.GetAsync($"/domain/{OAuthPool.Domain}/logout?logout_uri={Uri.EscapeDataString(OAuthPool.SignOut)}");
        Assert.Equal(HttpStatusCode.BadRequest, noClient.StatusCode);
    }

    [Fact]
    public async Task Logout_with_redirect_uri_and_response_type_goes_to_sign_in_again()
    {
        await using var p = await OAuthPool.CreateAsync();
        var query = $"?client_id={p.WebClientId}&redirect_uri={Uri.EscapeDataString(OAuthPool.Callback)}&response_type=code&state=again";
        var response = await p.Browser.GetAsync($"/domain/{OAuthPool.Domain}/logout{query}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith($"/domain/{OAuthPool.Domain}/login?client_id={p.WebClientId}", response.Headers.Location!.OriginalString);
        Assert.Contains("state=again", response.Headers.Location!.OriginalString);

        var mismatch = await p.Browser.GetAsync($"/domain/{OAuthPool.Domain}/logout?client_id={p.WebClientId}&redirect_uri=https%3A%2F%2Fevil.example.com&response_type=code");
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
    }

    [Fact]
    public async Task OAuth_access_tokens_call_the_user_API_only_with_the_admin_scope()
    {
        await using var p = await OAuthPool.CreateAsync();
        var access = (await p.ExchangeAsync(await p.CodeAsync("openid aws.cognito.signin.user.admin"))).Body["access_token"]!.GetValue<string>();
        var user = await p.T.Client.GetUserAsync(new GetUserRequest { AccessToken = access });
        Assert.Equal("ana", user.Username);

        var openIdOnly = (await p.ExchangeAsync(await p.CodeAsync("openid"))).Body["access_token"]!.GetValue<string>();
        var refused = await Assert.ThrowsAsync<Amazon.CognitoIdentityProvider.Model.NotAuthorizedException>(
            () => p.T.Client.GetUserAsync(new GetUserRequest { AccessToken = openIdOnly }));
        Assert.Equal("Access Token does not have required scopes", refused.Message);
    }

    private static async Task<(int Status, JsonObject Body, HttpResponseMessage Response)> UserInfoAsync(OAuthPool p, HttpMethod method, string? token)
    {
        using var request = new HttpRequestMessage(method, $"/domain/{OAuthPool.Domain}/oauth2/userInfo");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var response = await p.Browser.SendAsync(request);
        return ((int)response.StatusCode, (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!, response);
    }
}
