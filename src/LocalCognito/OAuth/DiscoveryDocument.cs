using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>
/// {issuer}/.well-known/openid-configuration with the members Cognito publishes. With a domain it names the domain's
/// endpoints (so an OIDC client configured with only the issuer finds them); without one, only the issuer and keys.
/// </summary>
public static class DiscoveryDocument
{
    public static JsonObject For(UserPool pool, PoolDomain? domain, ServerInfo server)
    {
        var issuer = server.IssuerFor(pool.Id);
        var document = new JsonObject();
        if (domain is not null)
        {
            var baseUrl = DomainUrls.BaseUrl(server.BaseUrl, domain.Domain);
            document["authorization_endpoint"] = baseUrl + "/oauth2/authorize";
            document["end_session_endpoint"] = baseUrl + "/logout";
        }

        document["id_token_signing_alg_values_supported"] = new JsonArray("RS256");
        document["issuer"] = issuer;
        document["jwks_uri"] = issuer + "/.well-known/jwks.json";
        document["response_types_supported"] = new JsonArray("code", "token");
        if (domain is not null)
        {
            document["revocation_endpoint"] = DomainUrls.BaseUrl(server.BaseUrl, domain.Domain) + "/oauth2/revoke";
        }

        document["scopes_supported"] = new JsonArray("openid", "email", "phone", "profile");
        document["subject_types_supported"] = new JsonArray("public");
        if (domain is not null)
        {
            var baseUrl = DomainUrls.BaseUrl(server.BaseUrl, domain.Domain);
            document["token_endpoint"] = baseUrl + "/oauth2/token";
            document["userinfo_endpoint"] = baseUrl + "/oauth2/userInfo";
        }

        document["token_endpoint_auth_methods_supported"] = new JsonArray("client_secret_basic", "client_secret_post");
        return document;
    }
}
