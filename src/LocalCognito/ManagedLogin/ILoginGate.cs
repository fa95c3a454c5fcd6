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

    /// <summary>The app's redirect for a finished sign-in (with a code or tokens).</summary>
    Uri Complete(LoginTarget target, User user, DateTimeOffset authTime);

    /// <summary>The app's redirect carrying an OAuth error (e.g. login_required for prompt=none without a session).</summary>
    Uri Refuse(LoginTarget target, string error, string description);
}

/// <summary>A checked authorize request: the domain, its pool, the app client and the query to carry from page to page.</summary>
/// <param name="Query">The authorize parameters as a query string with its leading "?".</param>
/// <param name="Prompt">The app's prompt parameter: "login" asks for a new sign-in, "none" for no page at all.</param>
public sealed record LoginTarget(string Domain, UserPool Pool, AppClient Client, string Query, string? Prompt = null);

/// <summary>
/// An authorize query the pages cannot serve. With <see cref="RedirectTo"/> the app's registered redirect URI takes the
/// error (as /oauth2/authorize sends it); without, the message is shown (the client or redirect URI is not trusted).
/// </summary>
public sealed class LoginRequestException(string message, Uri? redirectTo = null) : Exception(message)
{
    public Uri? RedirectTo { get; } = redirectTo;
}
