using LocalCognito.ManagedLogin.Html;
using LocalCognito.OAuth;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// Serves every <see cref="ILoginPage"/> under /domain/{domain}/: checks the authorize query the page carries, finds
/// (or starts) the browser's flow, and lets a POST through only with the flow's CSRF token.
/// </summary>
public sealed class LoginPageEndpoints(ILoginGate gate, LoginFlowStore flows)
{
    public static void Map(WebApplication app)
    {
        var endpoints = app.Services.GetRequiredService<LoginPageEndpoints>();
        var domainRoutes = app.MapGroup(DomainUrls.Prefix + "/{domain}");
        foreach (var page in app.Services.GetServices<ILoginPage>())
        {
            domainRoutes.MapGet(page.Path, (string domain, HttpContext http) => endpoints.Show(page, domain, http));
            domainRoutes.MapPost(page.Path, (string domain, HttpContext http) => endpoints.SubmitAsync(page, domain, http));
        }
    }

    private IResult Show(ILoginPage page, string domain, HttpContext http)
    {
        if (!TryResolve(domain, http, out var target, out var refusal))
        {
            return refusal;
        }

        return page.Show(new LoginContext(http, target, flows.FindOrStart(http, domain)));
    }

    private async Task<IResult> SubmitAsync(ILoginPage page, string domain, HttpContext http)
    {
        if (!TryResolve(domain, http, out var target, out var refusal))
        {
            return refusal;
        }

        if (!http.Request.HasFormContentType)
        {
            return ErrorPage("This page only takes its own form.", StatusCodes.Status415UnsupportedMediaType);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var flow = flows.Find(http, domain);
        if (flow is null || !flow.AcceptsCsrf(form[Form.CsrfField].ToString()))
        {
            // No flow (expired, another browser) or a forged post: nothing is done, the user starts again.
            var fresh = flow ?? flows.Start(http, domain);
            var context = new LoginContext(http, target, fresh);
            return context.Restart(LoginMessages.StaleForm);
        }

        return page.Submit(new LoginContext(http, target, flow), form);
    }

    /// <summary>
    /// The checked authorize query, or the refusal /oauth2/authorize would give: back to the app with the error when its
    /// redirect URI is trusted, else shown.
    /// </summary>
    private bool TryResolve(string domain, HttpContext http, out LoginTarget target, out IResult refusal)
    {
        try
        {
            target = gate.Resolve(domain, http.Request.QueryString.Value ?? "");
            refusal = Results.Empty;
            return true;
        }
        catch (LoginRequestException refused)
        {
            target = null!;
            refusal = refused.RedirectTo is { } redirect
                ? Results.Redirect(redirect.AbsoluteUri)
                : ErrorPage(refused.Message, StatusCodes.Status400BadRequest);
            return false;
        }
    }

    public static IResult ErrorPage(string message, int status)
    {
        var page = new Page("Something went wrong");
        page.Paragraph(message)
            .Paragraph("Go back to the app and start signing in again. If this keeps happening, the app's settings need a fix.");
        return page.ToResult(status);
    }
}
