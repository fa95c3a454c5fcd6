using System.Text.Json.Nodes;
using LocalCognito.Federation;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Identity providers as the IdentityProvider operations check, complete and answer them. Only OIDC is emulated;
/// the endpoint URLs an OIDC provider leaves out are read from its issuer's discovery document, as Cognito does.
/// </summary>
public static class IdentityProviderRules
{
    private static readonly string[] EndpointKeys = ["authorize_url", "token_url", "attributes_url", "jwks_uri"];
    private static readonly string[] KnownOidcKeys =
        ["client_id", "client_secret", "attributes_request_method", "oidc_issuer", "authorize_scopes", .. EndpointKeys, "attributes_url_add_attributes"];

    public static JsonObject Require(CognitoStore store, string poolId, string name) =>
        store.FindDocument(CognitoStore.IdentityProviderSection, poolId, name) ?? throw NotFound(name);

    public static CognitoException NotFound(string name) => Errors.ResourceNotFound($"Identity provider {name} does not exist.");

    public static CognitoException Duplicate(string message) => new("DuplicateProviderException", message);

    public static void RequireOidc(string providerType)
    {
        if (providerType != "OIDC")
        {
            throw Errors.InvalidParameter(
                $"LocalCognito does not emulate identity providers of type {providerType}: only OIDC providers are supported.");
        }
    }

    /// <summary>Reserved names Cognito gives its own sign-in, which no provider may take.</summary>
    public static void RequireName(string name)
    {
        if (name is "COGNITO" or "Cognito" or "Facebook" or "Google" or "LoginWithAmazon" or "SignInWithApple")
        {
            throw Errors.InvalidParameter($"The provider name {name} is reserved.");
        }
    }

    /// <summary>Checks OIDC ProviderDetails and fills in the endpoints from discovery where they are missing.</summary>
    public static JsonObject CompleteOidcDetails(OidcProviderHttp http, Dictionary<string, string> given)
    {
        var unknown = given.Keys.FirstOrDefault(key => !KnownOidcKeys.Contains(key));
        if (unknown is not null)
        {
            throw Errors.InvalidParameter($"The ProviderDetails key {unknown} is not one of an OIDC provider's.");
        }

        foreach (var key in new[] { "client_id", "authorize_scopes", "oidc_issuer", "attributes_request_method" })
        {
            if (!given.TryGetValue(key, out var value) || value.Length == 0)
            {
                throw Errors.InvalidParameter($"{key} is required in ProviderDetails of an OIDC provider.");
            }
        }

        if (given["attributes_request_method"] is not ("GET" or "POST"))
        {
            throw Errors.InvalidParameter("attributes_request_method must be GET or POST.");
        }

        var details = new Dictionary<string, string>(given);
        details.Remove("attributes_url_add_attributes");
        if (EndpointKeys.Any(key => !details.ContainsKey(key)))
        {
            Discover(http, details);
        }

        foreach (var key in EndpointKeys.Append("oidc_issuer"))
        {
            if (!Uri.TryCreate(details[key], UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            {
                throw Errors.InvalidParameter($"{key} must be an absolute http or https URL.");
            }
        }

        var result = new JsonObject();
        foreach (var (key, value) in details.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            result[key] = value;
        }

        return result;
    }

    /// <summary>The summary ListIdentityProviders gives of each provider.</summary>
    public static JsonObject Summary(JsonObject provider) => new()
    {
        ["ProviderName"] = provider["ProviderName"]?.DeepClone(),
        ["ProviderType"] = provider["ProviderType"]?.DeepClone(),
        ["LastModifiedDate"] = provider["LastModifiedDate"]?.DeepClone(),
        ["CreationDate"] = provider["CreationDate"]?.DeepClone(),
    };

    private static void Discover(OidcProviderHttp http, Dictionary<string, string> details)
    {
        JsonObject document;
        try
        {
            document = Task.Run(() => http.DiscoverAsync(details["oidc_issuer"])).GetAwaiter().GetResult();
        }
        catch (OidcProviderException exception)
        {
            throw Errors.InvalidParameter(exception.Message + " Give authorize_url, token_url, attributes_url and jwks_uri, or an issuer that serves discovery.");
        }

        var fromDiscovery = new Dictionary<string, string>
        {
            ["authorize_url"] = "authorization_endpoint",
            ["token_url"] = "token_endpoint",
            ["attributes_url"] = "userinfo_endpoint",
            ["jwks_uri"] = "jwks_uri",
        };
        foreach (var (key, member) in fromDiscovery)
        {
            if (!details.ContainsKey(key))
            {
                details[key] = document[member]?.ToString()
                    ?? throw Errors.InvalidParameter($"The issuer's discovery document has no {member}; give {key} in ProviderDetails.");
            }
        }

        details["attributes_url_add_attributes"] = "false";
    }
}
