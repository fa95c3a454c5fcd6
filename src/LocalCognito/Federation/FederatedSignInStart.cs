using System.Security.Cryptography;
using System.Text;
using LocalCognito.OAuth;
using LocalCognito.Store;
using Microsoft.AspNetCore.WebUtilities;

namespace LocalCognito.Federation;

/// <summary>
/// The first leg of a federated sign-in: /oauth2/authorize named one of the pool's providers, so the browser goes to
/// that provider's authorize URL, with LocalCognito's {domain}/oauth2/idpresponse as redirect_uri, a state that
/// stands for the app's authorize request, a nonce and a PKCE challenge.
/// </summary>
public sealed class FederatedSignInStart(CognitoStore store, PendingFederatedSignIns pending, ServerInfo server)
{
    public IResult Redirect(string domain, AuthorizeValidation validation)
    {
        var pool = validation.Pool!;
        var request = validation.Request!;
        var provider = store.FindDocument(CognitoStore.IdentityProviderSection, pool.Id, request.IdentityProvider!);
        if (provider?["ProviderDetails"] is not System.Text.Json.Nodes.JsonObject details)
        {
            return ErrorPage.Show("invalid_request", $"The identity provider {request.IdentityProvider} does not exist.");
        }

        var nonce = PendingFederatedSignIns.RandomToken();
        var verifier = PendingFederatedSignIns.RandomToken();
        var redirectUri = IdpResponseUrl(domain);
        var state = pending.Add(new PendingFederatedSignIn(domain, request.IdentityProvider!, request.ToQueryString(), nonce, verifier, redirectUri));
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = details["client_id"]!.ToString(),
            ["redirect_uri"] = redirectUri,
            ["response_type"] = "code",
            ["scope"] = details["authorize_scopes"]!.ToString(),
            ["state"] = state,
            ["nonce"] = nonce,
            ["code_challenge"] = PendingFederatedSignIns.Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier))),
            ["code_challenge_method"] = "S256",
        };
        return Results.Redirect(QueryHelpers.AddQueryString(details["authorize_url"]!.ToString(), query));
    }

    /// <summary>The URL a provider sends its users back to: what its app client needs as callback URL.</summary>
    public string IdpResponseUrl(string domain) => DomainUrls.BaseUrl(server.BaseUrl, domain) + "/oauth2/idpresponse";
}
