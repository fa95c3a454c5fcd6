using LocalCognito.OAuth;
using LocalCognito.Store;
using Microsoft.AspNetCore.WebUtilities;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// <see cref="ILoginGate"/> over the OAuth side: every page request re-checks the authorize query it carries with
/// <see cref="AuthorizeRequestValidator"/> (so a page is never a way around /oauth2/authorize's checks), and a finished
/// sign-in is handed to <see cref="AuthorizationResponder"/> for the code or tokens.
/// </summary>
public sealed class OAuthLoginGate(AuthorizeRequestValidator validator, AuthorizationResponder responder) : ILoginGate
{
    public LoginTarget Resolve(string domain, string query)
    {
        var validation = validator.Validate(domain, query);
        if (!validation.IsValid)
        {
            throw new LoginRequestException(validation.Error.Description, validation.Error.RedirectTo);
        }

        var request = AuthorizeRequest.FromQuery(query);
        return new LoginTarget(domain, validation.Pool, validation.Client, request.ToQueryString(), request.Prompt);
    }

    public Uri Complete(LoginTarget target, User user, DateTimeOffset authTime)
    {
        var validation = validator.Validate(target.Domain, target.Query);
        if (!validation.IsValid)
        {
            throw new LoginRequestException(validation.Error.Description, validation.Error.RedirectTo);
        }

        return responder.Complete(validation.Request, validation.Pool, validation.Client, user, authTime);
    }

    /// <summary>error, error_description and state in the redirect's query (its fragment for the implicit grant), as OAuth 2.0 sends them.</summary>
    public Uri Refuse(LoginTarget target, string error, string description)
    {
        var request = AuthorizeRequest.FromQuery(target.Query);
        var parameters = new Dictionary<string, string?> { ["error"] = error, ["error_description"] = description };
        if (request.State is not null)
        {
            parameters["state"] = request.State;
        }

        return request.ResponseType == "token"
            ? new Uri(request.RedirectUri + "#" + QueryString.Create(parameters).ToUriComponent()[1..])
            : new Uri(QueryHelpers.AddQueryString(request.RedirectUri, parameters));
    }
}
