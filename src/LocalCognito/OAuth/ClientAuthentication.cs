using System.Text;
using LocalCognito.Auth;
using LocalCognito.Store;
using Microsoft.Extensions.Primitives;

namespace LocalCognito.OAuth;

/// <summary>
/// Who is calling /oauth2/token or /oauth2/revoke: client_id and client_secret from HTTP Basic
/// (client_secret_basic) or the form (client_secret_post). A client with a secret must present one of its secrets; the client must
/// belong to the domain's pool.
/// </summary>
public static class ClientAuthentication
{
    /// <exception cref="OAuthError">invalid_client, or invalid_request when the two ways disagree or none names a client.</exception>
    public static AppClient Authenticate(HttpRequest request, IFormCollection form, CognitoStore store, UserPool pool)
    {
        var basic = ReadBasic(request.Headers.Authorization);
        var usedBasic = basic is not null;
        var formId = Single(form, "client_id");
        var formSecret = Single(form, "client_secret");
        if (usedBasic && formSecret is not null)
        {
            throw OAuthError.InvalidRequest(); // RFC 6749 §2.3: one way of authenticating, not two
        }

        var clientId = basic?.Id ?? formId;
        if (string.IsNullOrEmpty(clientId) || (formId is not null && basic is not null && formId != basic.Value.Id))
        {
            throw usedBasic ? OAuthError.InvalidClient(usedBasic) : OAuthError.InvalidRequest();
        }

        var client = store.FindClient(clientId);
        if (client is null || client.UserPoolId != pool.Id)
        {
            throw OAuthError.InvalidClient(usedBasic);
        }

        var presented = basic?.Secret ?? formSecret;
        // Any active secret is accepted (there are two while one is rotated).
        if (client.ClientSecret is null ? !string.IsNullOrEmpty(presented) : presented is null || !ClientSecretCheck.Matches(client, presented))
        {
            throw OAuthError.InvalidClient(usedBasic);
        }

        return client;
    }

    /// <summary>A form member given once (a repeated member is a malformed request).</summary>
    public static string? Single(IFormCollection form, string name)
    {
        if (!form.TryGetValue(name, out var values) || values.Count == 0)
        {
            return null;
        }

        return values.Count == 1 ? values[0] : throw OAuthError.InvalidRequest();
    }

    private static (string Id, string Secret)? ReadBasic(StringValues header)
    {
        var value = header.ToString();
        if (!value.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(value[6..].Trim()));
            var colon = decoded.IndexOf(':');
            // RFC 6749 §2.3.1: both parts are form-url-encoded before Base64.
            return colon < 0
                ? throw OAuthError.InvalidClient(usedBasic: true)
                : (Uri.UnescapeDataString(decoded[..colon].Replace('+', ' ')), Uri.UnescapeDataString(decoded[(colon + 1)..].Replace('+', ' ')));
        }
        catch (FormatException)
        {
            throw OAuthError.InvalidClient(usedBasic: true);
        }
    }
}
