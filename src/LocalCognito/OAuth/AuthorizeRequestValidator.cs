using LocalCognito.Store;
using Microsoft.AspNetCore.WebUtilities;

namespace LocalCognito.OAuth;

/// <summary>
/// Checks an /oauth2/authorize request against the domain's pool and the app client, in Cognito's order: the client
/// and the redirect_uri first (errors shown, never redirected: no open redirect), then everything else (errors sent
/// back to the registered redirect_uri).
/// </summary>
public sealed class AuthorizeRequestValidator(CognitoStore store)
{
    private static readonly string[] Prompts = ["login", "none", "consent", "select_account"];

    /// <summary>Validates the request for the domain it arrived on.</summary>
    public AuthorizeValidation Validate(string domain, AuthorizeRequest request)
    {
        var poolDomain = store.FindDomain(domain);
        var pool = poolDomain is null ? null : store.FindPool(poolDomain.UserPoolId);
        if (pool is null)
        {
            return Shown("invalid_request", $"No user pool has the domain {domain}.");
        }

        var client = request.ClientId.Length == 0 ? null : store.FindClient(request.ClientId);
        if (client is null || client.UserPoolId != pool.Id)
        {
            return Shown("invalid_request", "The client_id is not an app client of this user pool.");
        }

        if (request.RedirectUri.Length == 0 || !client.CallbackUrls().Contains(request.RedirectUri, StringComparer.Ordinal))
        {
            return Shown("redirect_mismatch", "The redirect_uri is not one of the app client's callback URLs.");
        }

        request = request with { IdentityProvider = ProviderNameOf(pool, request.IdentityProvider) };
        var error = FirstError(client, request);
        if (error is not null)
        {
            return AuthorizeValidation.Refused(error with { RedirectTo = ErrorRedirect(request, error) });
        }

        var scopes = request.Scopes.Count > 0 ? request.Scopes : client.OAuthScopes();
        return AuthorizeValidation.Valid(request with { Scopes = scopes }, pool, client);
    }

    /// <summary>Validates a request carried as a query string (what the pages pass along).</summary>
    public AuthorizeValidation Validate(string domain, string queryString) => Validate(domain, AuthorizeRequest.FromQuery(queryString));

    private static AuthorizeError? FirstError(AppClient client, AuthorizeRequest request)
    {
        if (request.ResponseType is not ("code" or "token"))
        {
            return Redirected("unsupported_response_type", "response_type must be code or token.");
        }

        var flow = request.ResponseType == "code" ? "code" : "implicit";
        if (!client.AllowsOAuthFlow(flow))
        {
            return Redirected("unauthorized_client", $"The app client does not allow the {flow} grant.");
        }

        var notAllowed = request.Scopes.FirstOrDefault(scope => !client.OAuthScopes().Contains(scope, StringComparer.Ordinal));
        if (notAllowed is not null)
        {
            return Redirected("invalid_scope", $"The scope {notAllowed} is not allowed for the app client.");
        }

        if (request.CodeChallenge is not null || request.CodeChallengeMethod is not null)
        {
            if (request.ResponseType != "code")
            {
                return Redirected("invalid_request", "code_challenge is only for response_type code.");
            }

            if (string.IsNullOrEmpty(request.CodeChallenge) || request.CodeChallengeMethod != "S256")
            {
                // Cognito implements only the S256 method of PKCE (RFC 7636's plain is refused).
                return Redirected("invalid_request", "PKCE needs code_challenge with code_challenge_method S256.");
            }
        }

        if (request.Prompt is not null && request.Prompt.Split(' ').Any(prompt => !Prompts.Contains(prompt)))
        {
            return Redirected("invalid_request", "prompt must be login, none, consent or select_account.");
        }

        if (request.IdentityProvider is { } provider && !client.IdentityProviders().Contains(provider, StringComparer.Ordinal))
        {
            return Redirected("invalid_request", $"The identity provider {provider} is not enabled for the app client.");
        }

        if (client.IdentityProviders().Count == 0)
        {
            return Redirected("invalid_request", "The app client has no identity provider enabled.");
        }

        return null;
    }

    /// <summary>
    /// identity_provider names a provider; idp_identifier (read into the same parameter) names one of its
    /// IdpIdentifiers, which is turned into the provider's name here.
    /// </summary>
    private string? ProviderNameOf(UserPool pool, string? given)
    {
        if (given is null || given == "COGNITO" || store.FindDocument(CognitoStore.IdentityProviderSection, pool.Id, given) is not null)
        {
            return given;
        }

        return store.FindIdentityProviderByIdentifier(pool.Id, given)?["ProviderName"]?.GetValue<string>() ?? given;
    }

    private static Uri ErrorRedirect(AuthorizeRequest request, AuthorizeError error)
    {
        var parameters = new Dictionary<string, string?> { ["error"] = error.Error, ["error_description"] = error.Description };
        if (request.State is not null)
        {
            parameters["state"] = request.State;
        }

        // Implicit responses travel in the fragment; code responses in the query.
        return request.ResponseType == "token"
            ? new Uri(request.RedirectUri + "#" + QueryString.Create(parameters).ToUriComponent()[1..])
            : new Uri(QueryHelpers.AddQueryString(request.RedirectUri, parameters));
    }

    private static AuthorizeValidation Shown(string error, string description) =>
        AuthorizeValidation.Refused(new AuthorizeError(error, description, null));

    private static AuthorizeError Redirected(string error, string description) => new(error, description, null);
}
