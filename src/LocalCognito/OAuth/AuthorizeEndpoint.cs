using LocalCognito.Federation;
using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>
/// GET {domain}/oauth2/authorize: validates the request and sends the browser to the managed login page
/// ({domain}/login) with the same parameters, as Cognito does; errors are shown or sent back to the app
/// (see <see cref="AuthorizeRequestValidator"/>). A request naming one of the pool's identity providers goes to
/// that provider instead (<see cref="FederatedSignInStart"/>).
/// </summary>
public sealed class AuthorizeEndpoint(CognitoStore store, AuthorizeRequestValidator validator, FederatedSignInStart federation)
{
    public IResult Handle(HttpContext context, string domain)
    {
        if (DomainLookup.PoolOf(store, domain) is null)
        {
            return Results.NotFound();
        }

        var validation = validator.Validate(domain, AuthorizeRequest.FromQuery(context.Request.Query));
        if (validation.Error is { } error)
        {
            return error.RedirectTo is { } back ? Results.Redirect(back.ToString()) : ErrorPage.Show(error.Error, error.Description);
        }

        if (validation.Request!.IdentityProvider is { } provider && provider != "COGNITO")
        {
            return federation.Redirect(domain, validation);
        }

        return Results.Redirect(DomainUrls.BasePath(domain) + "/login" + context.Request.QueryString.ToUriComponent());
    }
}
