using LocalCognito.ManagedLogin.Html;

namespace LocalCognito.ManagedLogin;

/// <summary>One request to a page: the HTTP context, the checked authorize request and the browser's flow.</summary>
public sealed class LoginContext(HttpContext http, LoginTarget target, LoginFlow flow)
{
    public HttpContext Http { get; } = http;
    public LoginTarget Target { get; } = target;
    public LoginFlow Flow { get; } = flow;

    /// <summary>A page's path under the domain, carrying the authorize query.</summary>
    public string PathOf(string page) => LoginPaths.Of(Target.Domain, page, Target.Query);

    /// <summary>A form that posts to a page with this flow's CSRF token.</summary>
    public Form FormFor(string page) => new(PathOf(page), Flow.CsrfToken);

    /// <summary>303 See Other to a page: the browser GETs it, so a reload never posts a code twice.</summary>
    public IResult GoTo(string page) => new SeeOther(PathOf(page));

    /// <summary>Back to the sign-in page with the challenge forgotten and a one-sentence reason shown there.</summary>
    public IResult Restart(string alert)
    {
        Flow.Reset();
        Flow.Alert = alert;
        return GoTo(LoginPaths.SignIn);
    }

    /// <summary>A new page with the flow's pending notice or alert (each shown once).</summary>
    public Page NewPage(string title)
    {
        var page = new Page(title) { Notice = Flow.Notice, Error = Flow.Alert };
        Flow.Notice = null;
        Flow.Alert = null;
        return page;
    }

    public sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext http)
        {
            http.Response.StatusCode = StatusCodes.Status303SeeOther;
            http.Response.Headers.Location = location;
            http.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }
    }
}
