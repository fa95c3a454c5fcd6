using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The app client's OAuth settings as Create/UpdateUserPoolClient check them: flows that go together, scopes that
/// exist (standard or a resource server's), callback and sign-out URLs that are safe, and identity providers
/// the pool has (COGNITO and its own identity providers).
/// </summary>
public static class OAuthClientRules
{
    /// <summary>Scopes every pool has; client_credentials may use none of them.</summary>
    public static readonly string[] StandardScopes = ["phone", "email", "openid", "profile", "aws.cognito.signin.user.admin"];

    public static void Check(CognitoStore store, UserPool pool, JsonObject request, bool hasSecret)
    {
        var flows = request.StringList("AllowedOAuthFlows");
        var scopes = request.StringList("AllowedOAuthScopes");
        CheckProviders(store, pool, request.StringList("SupportedIdentityProviders"));
        CheckScopes(store, pool, scopes);
        var callbacks = CheckUrls(request, "CallbackURLs");
        CheckUrls(request, "LogoutURLs");
        if (request.OptionalString("DefaultRedirectURI") is { } defaultRedirect)
        {
            CheckUrl("DefaultRedirectURI", defaultRedirect);
            if (!callbacks.Contains(defaultRedirect, StringComparer.Ordinal))
            {
                throw Errors.InvalidParameter("DefaultRedirectURI must be one of the client's CallbackURLs.");
            }
        }

        if (request.Bool("AllowedOAuthFlowsUserPoolClient") != true)
        {
            return;
        }

        if (flows.Count == 0 || scopes.Count == 0)
        {
            throw Errors.InvalidParameter("AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
        }

        if (flows.Contains("client_credentials"))
        {
            CheckClientCredentials(flows, scopes, hasSecret);
        }
        else if (callbacks.Count == 0)
        {
            throw Errors.InvalidParameter("CallbackURLs are required for the code and implicit flows.");
        }
    }

    private static void CheckClientCredentials(List<string> flows, List<string> scopes, bool hasSecret)
    {
        if (flows.Count > 1)
        {
            throw InvalidFlow("client_credentials flow can not be selected along with code flow or implicit flow.");
        }

        if (!hasSecret)
        {
            throw InvalidFlow("client_credentials flow can not be selected if client does not have a client secret.");
        }

        var standard = scopes.FirstOrDefault(scope => StandardScopes.Contains(scope));
        if (standard is not null)
        {
            throw InvalidFlow($"The scope {standard} cannot be used with the client_credentials flow: it allows only resource server (custom) scopes.");
        }
    }

    private static void CheckScopes(CognitoStore store, UserPool pool, List<string> scopes)
    {
        var custom = store.CustomScopes(pool.Id);
        var unknown = scopes.FirstOrDefault(scope => !StandardScopes.Contains(scope) && !custom.Contains(scope));
        if (unknown is not null)
        {
            throw new CognitoException("ScopeDoesNotExistException", $"Invalid scope requested: {unknown}");
        }
    }

    private static void CheckProviders(CognitoStore store, UserPool pool, List<string> providers)
    {
        var other = providers.FirstOrDefault(provider =>
            provider != "COGNITO" && store.FindDocument(CognitoStore.IdentityProviderSection, pool.Id, provider) is null);
        if (other is not null)
        {
            throw Errors.InvalidParameter($"The provider {other} does not exist for User Pool {pool.Id}");
        }
    }

    private static List<string> CheckUrls(JsonObject request, string member)
    {
        var urls = request.StringList(member);
        foreach (var url in urls)
        {
            CheckUrl(member, url);
        }

        return urls;
    }

    /// <summary>Cognito's rule: https, http only for localhost, or an app's own scheme (myapp://); never a fragment.</summary>
    private static void CheckUrl(string member, string url)
    {
        var valid = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Fragment.Length == 0
            && (uri.Scheme == Uri.UriSchemeHttps
                || (uri.Scheme == Uri.UriSchemeHttp && uri.Host == "localhost")
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != "javascript" && uri.Scheme != "data" && uri.Scheme != "file"));
        if (!valid)
        {
            throw Errors.InvalidParameter(
                $"{member} has an invalid URL {url}: use https (http only for http://localhost) or an app scheme such as myapp://, without a fragment.");
        }
    }

    private static CognitoException InvalidFlow(string message) => new("InvalidOAuthFlowException", message);
}
