using LocalCognito.OAuth;
using LocalCognito.Store;

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

        return new LoginTarget(domain, validation.Pool, validation.Client, AuthorizeRequest.FromQuery(query).ToQueryString());
    }

    public Uri Complete(HttpContext http, LoginTarget target, User user, DateTimeOffset authTime)
    {
        var validation = validator.Validate(target.Domain, target.Query);
        if (!validation.IsValid)
        {
            throw new LoginRequestException(validation.Error.Description, validation.Error.RedirectTo);
        }

        return responder.Complete(validation.Request, validation.Pool, validation.Client, user, authTime);
    }
}
