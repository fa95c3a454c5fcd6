using Microsoft.AspNetCore.WebUtilities;

namespace LocalCognito.OAuth;

/// <summary>
/// The parameters of an /oauth2/authorize request, as the app sent them. <see cref="AuthorizeRequestValidator"/>
/// checks them against the domain's pool and client; the managed login pages carry them (as a query string) from
/// /oauth2/authorize through /login and the challenge pages to <see cref="AuthorizationResponder.Complete"/>.
/// </summary>
/// <param name="ClientId">client_id.</param>
/// <param name="RedirectUri">redirect_uri, exactly as sent (it is matched exactly against the client's CallbackURLs).</param>
/// <param name="ResponseType">response_type: "code" or "token".</param>
/// <param name="Scopes">scope, split on spaces; empty when the app sent none (then the client's AllowedOAuthScopes apply).</param>
/// <param name="State">state, returned to the app unchanged.</param>
/// <param name="Nonce">nonce, put in the id token.</param>
/// <param name="CodeChallenge">code_challenge (PKCE).</param>
/// <param name="CodeChallengeMethod">code_challenge_method: "S256" or "plain"; null without a challenge.</param>
/// <param name="Prompt">prompt: "login" forces a new sign-in, "none" fails without a session.</param>
/// <param name="IdentityProvider">identity_provider (or idp_identifier, which the validator turns into the provider name).</param>
public sealed record AuthorizeRequest(
    string ClientId,
    string RedirectUri,
    string ResponseType,
    IReadOnlyList<string> Scopes,
    string? State = null,
    string? Nonce = null,
    string? CodeChallenge = null,
    string? CodeChallengeMethod = null,
    string? Prompt = null,
    string? IdentityProvider = null)
{
    /// <summary>
    /// Reads the parameters from a query string ("?a=b&amp;..." or "a=b&amp;..."). Missing members come back empty;
    /// whether they are valid is <see cref="AuthorizeRequestValidator"/>'s question.
    /// </summary>
    public static AuthorizeRequest FromQuery(string queryString)
    {
        var query = QueryHelpers.ParseQuery(queryString.StartsWith('?') ? queryString : "?" + queryString);
        return FromValues(name => query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null);
    }

    /// <summary>Reads the parameters from a request's query.</summary>
    public static AuthorizeRequest FromQuery(IQueryCollection query) =>
        FromValues(name => query.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null);

    /// <summary>The parameters as a query string with a leading "?", to carry them from page to page.</summary>
    public string ToQueryString()
    {
        var pairs = new List<KeyValuePair<string, string?>>
        {
            new("client_id", ClientId),
            new("redirect_uri", RedirectUri),
            new("response_type", ResponseType),
        };
        AddIfSet(pairs, "scope", Scopes.Count > 0 ? string.Join(' ', Scopes) : null);
        AddIfSet(pairs, "state", State);
        AddIfSet(pairs, "nonce", Nonce);
        AddIfSet(pairs, "code_challenge", CodeChallenge);
        AddIfSet(pairs, "code_challenge_method", CodeChallengeMethod);
        AddIfSet(pairs, "prompt", Prompt);
        AddIfSet(pairs, "identity_provider", IdentityProvider);
        return QueryString.Create(pairs).ToUriComponent();
    }

    /// <summary>Whether the app asked for id tokens (the openid scope).</summary>
    public bool WantsIdToken => Scopes.Contains("openid");

    private static AuthorizeRequest FromValues(Func<string, string?> read) => new(
        read("client_id") ?? "",
        read("redirect_uri") ?? "",
        read("response_type") ?? "",
        (read("scope") ?? "").Split(' ', '+').Where(scope => scope.Length > 0).Distinct(StringComparer.Ordinal).ToList(),
        read("state"),
        read("nonce"),
        read("code_challenge"),
        read("code_challenge_method"),
        read("prompt"),
        read("identity_provider") ?? read("idp_identifier"));

    private static void AddIfSet(List<KeyValuePair<string, string?>> pairs, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            pairs.Add(new(name, value));
        }
    }
}
