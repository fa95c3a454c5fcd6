using LocalCognito.Store;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// What the pages need from the OAuth side: which pool and app client a domain's authorize query names (checked as
/// /oauth2/authorize checks it), and where the browser goes once the user is signed in.
/// </summary>
public interface ILoginGate
{
    /// <summary>The pool and client for the domain and authorize query; throws <see cref="LoginRequestException"/> when they do not check out.</summary>
    LoginTarget Resolve(string domain, string query);

    /// <summary>Signs the user in at the domain and returns the app's redirect (with a code or tokens).</summary>
    Uri Complete(HttpContext http, LoginTarget target, User user, DateTimeOffset authTime);
}

/// <summary>A checked authorize request: the domain, its pool, the app client and the query to carry from page to page.</summary>
/// <param name="Query">The authorize parameters as a query string with its leading "?".</param>
public sealed record LoginTarget(string Domain, UserPool Pool, AppClient Client, string Query);

/// <summary>
/// An authorize query the pages cannot serve. With <see cref="RedirectTo"/> the app's registered redirect URI takes the
/// error (as /oauth2/authorize sends it); without, the message is shown (the client or redirect URI is not trusted).
/// </summary>
public sealed class LoginRequestException(string message, Uri? redirectTo = null) : Exception(message)
{
    public Uri? RedirectTo { get; } = redirectTo;
}
