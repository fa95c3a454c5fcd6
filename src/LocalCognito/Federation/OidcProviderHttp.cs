using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace LocalCognito.Federation;

/// <summary>
/// LocalCognito's calls to an external OIDC provider: its discovery document, its token endpoint (authorization code
/// with the client secret in the form, as Cognito sends it), its JWKS and its userinfo endpoint. Every failure comes
/// back as <see cref="OidcProviderException"/> with a message fit to show (never a secret or a token).
/// </summary>
public sealed class OidcProviderHttp(HttpClient http)
{
    public async Task<JsonObject> DiscoverAsync(string issuer)
    {
        var url = issuer.TrimEnd('/') + "/.well-known/openid-configuration";
        return await GetJsonAsync(url, bearer: null, $"Could not read the OIDC discovery document at {url}");
    }

    public async Task<JsonObject> ExchangeCodeAsync(string tokenUrl, IDictionary<string, string> form)
    {
        try
        {
            using var response = await http.PostAsync(tokenUrl, new FormUrlEncodedContent(form));
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                var error = TryParse(body)?["error"]?.ToString() ?? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
                throw new OidcProviderException($"The identity provider's token endpoint refused the code: {error}.");
            }

            return TryParse(body) ?? throw new OidcProviderException("The identity provider's token endpoint did not answer JSON.");
        }
        catch (HttpRequestException exception)
        {
            throw new OidcProviderException($"Could not reach the identity provider's token endpoint: {exception.Message}");
        }
    }

    public Task<JsonObject> GetJsonAsync(string url, string? bearer) => GetJsonAsync(url, bearer, $"Could not read {url}");

    /// <summary>The userinfo claims, by GET or POST as the provider's attributes_request_method says.</summary>
    public async Task<JsonObject> UserInfoAsync(string url, string accessToken, bool post)
    {
        if (!post)
        {
            return await GetJsonAsync(url, accessToken);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return await SendForJsonAsync(request, $"Could not read {url}");
    }

    private async Task<JsonObject> GetJsonAsync(string url, string? bearer, string failure)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return await SendForJsonAsync(request, failure);
    }

    private async Task<JsonObject> SendForJsonAsync(HttpRequestMessage request, string failure)
    {
        try
        {
            using var response = await http.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            return response.IsSuccessStatusCode && TryParse(body) is { } json
                ? json
                : throw new OidcProviderException($"{failure}: HTTP {(int)response.StatusCode}.");
        }
        catch (HttpRequestException exception)
        {
            throw new OidcProviderException($"{failure}: {exception.Message}");
        }
        catch (TaskCanceledException)
        {
            throw new OidcProviderException($"{failure}: timed out.");
        }
    }

    private static JsonObject? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}

/// <summary>An external identity provider could not be used; the message says why.</summary>
public sealed class OidcProviderException(string message) : Exception(message);
