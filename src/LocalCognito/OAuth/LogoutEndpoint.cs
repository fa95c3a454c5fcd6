using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>
/// GET {domain}/logout: ends the managed login session (clears <see cref="ManagedLoginCookie"/>) and redirects to
/// the client's logout_uri (exactly one of its LogoutURLs), or, with redirect_uri and response_type, to the sign-in
/// page again. Refusals are shown, never redirected. Tokens already issued stay valid, as in Cognito.
/// </summary>
public sealed class LogoutEndpoint(CognitoStore store, AuthorizeRequestValidator validator)
{
    public IResult Handle(HttpContext context, string domain)
    {
        if (DomainLookup.PoolOf(store, domain) is not { } pool)
        {
            return Results.NotFound();
        }

        var query = context.Request.Query;
        var clientId = query["client_id"].ToString();
        var client = clientId.Length == 0 ? null : store.FindClient(clientId);
        if (client is null || client.UserPoolId != pool.Id)
        {
            return ErrorPage.Show("invalid_request", "The client_id is not an app client of this user pool.");
        }

        var logoutUri = query["logout_uri"].ToString();
        if (logoutUri.Length > 0)
        {
            if (!client.LogoutUrls().Contains(logoutUri, StringComparer.Ordinal))
            {
                return ErrorPage.Show("redirect_mismatch", "The logout_uri is not one of the app client's sign-out URLs.");
            }

            ClearSession(context, domain);
            return Results.Redirect(logoutUri);
        }

        if (query["redirect_uri"].Count == 0 || query["response_type"].Count == 0)
        {
            return ErrorPage.Show("invalid_request", "Sign out needs logout_uri, or redirect_uri with response_type to sign in again.");
        }

        var validation = validator.Validate(domain, AuthorizeRequest.FromQuery(query));
        if (validation.Error is { RedirectTo: null } shown)
        {
            return ErrorPage.Show(shown.Error, shown.Description);
        }

        ClearSession(context, domain);
        return validation.Error is { RedirectTo: { } back }
            ? Results.Redirect(back.ToString())
            : Results.Redirect(DomainUrls.BasePath(domain) + "/login" + AuthorizeRequest.FromQuery(query).ToQueryString());
    }

    private static void ClearSession(HttpContext context, string domain) =>
        context.Response.Cookies.Delete(ManagedLoginCookie.Name, new CookieOptions { Path = ManagedLoginCookie.PathFor(domain) });
}
