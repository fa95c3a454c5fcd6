using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>
/// Redeems an authorization code at the pool's /oauth2/token endpoint (grant_type authorization_code with the PKCE
/// verifier). A client with a secret authenticates with HTTP Basic (client_secret_basic), as Cognito documents.
/// </summary>
public sealed class TokenEndpointClient(HttpClient httpClient)
{
    /// <returns>The tokens, in the shape the API's sign-ins return them (so they are summarised the same way).</returns>
    /// <exception cref="ScenarioException">The endpoint refused the code, or answered something that is not tokens.</exception>
    public async Task<AuthenticationResultType> RedeemCodeAsync(Uri tokenEndpoint, string clientId, string? clientSecret, string code,
        Uri redirectUri, string codeVerifier, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = clientId,
            ["code"] = code,
            ["redirect_uri"] = redirectUri.OriginalString,
            ["code_verifier"] = codeVerifier,
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, tokenEndpoint) { Content = new FormUrlEncodedContent(form) };
        if (clientSecret is not null)
        {
            // RFC 6749 section 2.3.1: each part form-encoded, then joined and base64-encoded.
            var pair = $"{Uri.EscapeDataString(clientId)}:{Uri.EscapeDataString(clientSecret)}";
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        using var response = await httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var json = TryParse(body);
        if (!response.IsSuccessStatusCode)
        {
            throw new ScenarioException(Refusal(tokenEndpoint, (int)response.StatusCode, json));
        }

        var accessToken = Text(json, "access_token")
            ?? throw new ScenarioException($"The token endpoint {tokenEndpoint} answered without an access token.");
        return new AuthenticationResultType
        {
            AccessToken = accessToken,
            IdToken = Text(json, "id_token"),
            RefreshToken = Text(json, "refresh_token"),
            TokenType = Text(json, "token_type"),
            ExpiresIn = json?["expires_in"] is JsonValue expires && expires.TryGetValue<int>(out var seconds) ? seconds : null,
        };
    }

    /// <summary>The OAuth error (RFC 6749 section 5.2) in a sentence with a way forward.</summary>
    private static string Refusal(Uri tokenEndpoint, int status, JsonObject? json)
    {
        var error = Text(json, "error");
        var description = Text(json, "error_description");
        var what = error is null ? $"HTTP {status}" : description is null ? error : $"{error}: {description}";
        var advice = error switch
        {
            "invalid_grant" => "The code was used already, has expired (codes last 5 minutes), or the PKCE verifier or redirect URI does not match: run the step again.",
            "invalid_client" => "The app client id or secret is wrong: check ClientId and ClientSecret.",
            "unauthorized_client" => "The app client does not allow the authorization code flow: add \"code\" to its AllowedOAuthFlows (cdk/ deploys it so).",
            _ => "Check the app client's OAuth settings.",
        };
        return $"The token endpoint {tokenEndpoint} refused the code ({what}). {advice}";
    }

    private static JsonObject? TryParse(string body)
    {
        try
        {
            return JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject? json, string name) =>
        json?[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
