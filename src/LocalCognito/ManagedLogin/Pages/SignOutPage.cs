using LocalCognito.ManagedLogin.Html;
using LocalCognito.OAuth;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>
/// /signout: ends the browser's managed login session on the domain (the next authorize request asks for the password
/// again). Apps send users to /logout instead, which also returns them to the app; this page is for a person at the
/// pages. It needs no authorize query, but its form carries the CSRF token like every other.
/// </summary>
public sealed class SignOutPage(LoginFlowStore flows, SignedInSessions signedIn)
{
    public static void Map(WebApplication app)
    {
        var page = app.Services.GetRequiredService<SignOutPage>();
        var domainRoutes = app.MapGroup(DomainUrls.Prefix + "/{domain}");
        domainRoutes.MapGet(LoginPaths.SignOut, (string domain, HttpContext http) => page.Show(domain, http));
        domainRoutes.MapPost(LoginPaths.SignOut, (string domain, HttpContext http) => page.SubmitAsync(domain, http));
    }

    private IResult Show(string domain, HttpContext http)
    {
        var flow = flows.FindOrStart(http, domain);
        var page = new Page("Sign out");
        if (signedIn.Find(http, domain) is null)
        {
            return page.Paragraph("You are not signed in on this browser.").ToResult();
        }

        return page.Paragraph("Sign out of this browser? Apps you signed in to keep their own sessions until they end them.")
            .Raw(new Form(LoginPaths.Base(domain) + LoginPaths.SignOut, flow.CsrfToken).Submit("Sign out").ToString())
            .ToResult();
    }

    private async Task<IResult> SubmitAsync(string domain, HttpContext http)
    {
        var flow = flows.Find(http, domain);
        var token = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(http.RequestAborted))[Form.CsrfField].ToString() : "";
        if (flow is null || !flow.AcceptsCsrf(token))
        {
            var stale = new Page("Sign out") { Error = LoginMessages.StaleForm };
            return stale.Paragraph("You are still signed in.").ToResult(StatusCodes.Status400BadRequest);
        }

        signedIn.End(http, domain);
        flows.End(http, flow);
        return new Page("You are signed out").Paragraph("You can close this window.").ToResult();
    }
}
