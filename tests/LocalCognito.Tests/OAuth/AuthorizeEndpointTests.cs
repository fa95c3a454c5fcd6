using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Tests.OAuth;

/// <summary>/oauth2/authorize over real HTTP, and the implicit grant through the pages' contract.</summary>
public sealed class AuthorizeEndpointTests
{
    [Fact]
    public async Task A_valid_request_goes_to_the_login_page_with_the_same_parameters()
    {
        await using var p = await OAuthPool.CreateAsync();
        var query = $"?client_id={p.WebClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(OAuthPool.Callback)}&scope=openid&state=xyz"
            + $"&code_challenge={OAuthPool.Challenge("v-0123456789-0123456789-0123456789-0123")}&code_challenge_method=S256";
        var response = await p.Browser.GetAsync($"/domain/{OAuthPool.Domain}/oauth2/authorize{query}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/domain/{OAuthPool.Domain}/login{query}", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("client_id=unknown&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback", "invalid_request")]
    [InlineData("client_id={web}&response_type=code&redirect_uri=https%3A%2F%2Fevil.example.com%2F", "redirect_mismatch")]
    [InlineData("client_id={web}&response_type=code&redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback%2F", "redirect_mismatch")]
    [InlineData("client_id={web}&response_type=code", "redirect_mismatch")]
    public async Task An_unknown_client_or_unregistered_redirect_is_shown_never_redirected(string query, string error)
    {
        await using var p = await OAuthPool.CreateAsync();
        var response = await p.Browser.GetAsync($"/domain/{OAuthPool.Domain}/oauth2/authorize?{query.Replace("{web}", p.WebClientId)}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Contains($"<p id=\"error\">{error}</p>", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("response_type=id_token", "unsupported_response_type")]
    [InlineData("response_type=code&scope=phone", "invalid_scope")]
    [InlineData("response_type=code&scope=openid+https%3A%2F%2Fapi.example.com%2Fwrite", "invalid_scope")]
    [InlineData("response_type=code&code_challenge=abc&code_challenge_method=plain", "invalid_request")]
    [InlineData("response_type=code&code_challenge_method=S256", "invalid_request")]
    [InlineData("response_type=code&identity_provider=Google", "invalid_request")]
    [InlineData("response_type=code&prompt=always", "invalid_request")]
    public async Task Other_errors_go_back_to_the_registered_redirect_uri_with_the_state(string query, string error)
    {
        await using var p = await OAuthPool.CreateAsync();
        var response = await p.Browser.GetAsync(
            $"/domain/{OAuthPool.Domain}/oauth2/authorize?client_id={p.WebClientId}&redirect_uri={Uri.EscapeDataString(OAuthPool.Callback)}&state=st&{query}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith(OAuthPool.Callback + "?", location.ToString());
        var parameters = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(error, parameters["error"].ToString());
        Assert.Equal("st", parameters["state"].ToString());
    }

    [Fact]
    public async Task A_client_without_the_grant_is_refused_as_unauthorized_client()
    {
        await using var p = await OAuthPool.CreateAsync();
        var response = await p.Browser.GetAsync(
            $"/domain/{OAuthPool.Domain}/oauth2/authorize?client_id={p.SpaClientId}&redirect_uri={Uri.EscapeDataString(OAuthPool.Callback)}&response_type=token");
        Assert.Equal("unauthorized_client", QueryHelpers.ParseQuery(response.Headers.Location!.Fragment.TrimStart('#'))["error"].ToString());
    }

    [Fact]
    public async Task Implicit_grant_puts_the_tokens_in_the_fragment_without_a_refresh_token()
    {
        await using var p = await OAuthPool.CreateAsync();
        var redirect = await p.CompleteSignInAsync(
            $"client_id={p.WebClientId}&response_type=token&redirect_uri={Uri.EscapeDataString(OAuthPool.Callback)}&scope=openid+email&state=abc&nonce=n1");
        Assert.Equal(OAuthPool.Callback, redirect.GetLeftPart(UriPartial.Path));
        Assert.Empty(redirect.Query);
        var fragment = QueryHelpers.ParseQuery(redirect.Fragment.TrimStart('#'));
        Assert.Equal("abc", fragment["state"].ToString());
        Assert.Equal("Bearer", fragment["token_type"].ToString());
        Assert.Equal("3600", fragment["expires_in"].ToString());
        Assert.False(fragment.ContainsKey("refresh_token"));
        Assert.Equal("n1", new JsonWebToken(fragment["id_token"].ToString()).GetPayloadValue<string>("nonce"));
        Assert.Equal("openid email", new JsonWebToken(fragment["access_token"].ToString()).GetPayloadValue<string>("scope"));
    }

    [Fact]
    public async Task Without_a_scope_the_client_gets_all_its_allowed_scopes()
    {
        await using var p = await OAuthPool.CreateAsync();
        var redirect = await p.CompleteSignInAsync($"client_id={p.SpaClientId}&response_type=code&redirect_uri={Uri.EscapeDataString(OAuthPool.Callback)}");
        var code = QueryHelpers.ParseQuery(redirect.Query)["code"].ToString();
        Assert.False(QueryHelpers.ParseQuery(redirect.Query).ContainsKey("state"));
        var (_, body, _) = await p.PostAsync("token", new()
        {
            ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = OAuthPool.Callback, ["client_id"] = p.SpaClientId,
        });
        Assert.Equal("openid email", new JsonWebToken(body["access_token"]!.GetValue<string>()).GetPayloadValue<string>("scope"));
    }

    [Fact]
    public async Task The_discovery_document_names_the_domain_endpoints()
    {
        await using var p = await OAuthPool.CreateAsync();
        var document = JsonNode.Parse(await p.T.Http.GetStringAsync($"/{p.T.PoolId}/.well-known/openid-configuration"))!;
        Assert.Equal(p.DomainBase + "/oauth2/authorize", document["authorization_endpoint"]!.GetValue<string>());
        Assert.Equal(p.DomainBase + "/oauth2/token", document["token_endpoint"]!.GetValue<string>());
        Assert.Equal(p.DomainBase + "/oauth2/userInfo", document["userinfo_endpoint"]!.GetValue<string>());
        Assert.Equal(p.DomainBase + "/oauth2/revoke", document["revocation_endpoint"]!.GetValue<string>());
        Assert.Equal(p.DomainBase + "/logout", document["end_session_endpoint"]!.GetValue<string>());
        Assert.Equal(["code", "token"], document["response_types_supported"]!.AsArray().Select(node => node!.GetValue<string>()));
    }
}
