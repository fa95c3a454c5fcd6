using System.Collections.Concurrent;
using LocalCognito.OAuth;
using LocalCognito.Store;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// The managed login session: after a sign-in on the pages the browser holds <see cref="ManagedLoginCookie"/>, and a
/// later authorize request for the same pool is answered without asking again (Cognito keeps this session for an
/// hour), unless the app says prompt=login. /logout clears the cookie; the pages' sign-out also forgets the session.
/// </summary>
public sealed class SignedInSessions(TimeProvider time)
{
    /// <summary>How long a managed login session lasts, as Cognito's.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    private readonly ConcurrentDictionary<string, SignedInSession> _sessions = new(StringComparer.Ordinal);

    public void Start(HttpContext http, string domain, User user, DateTimeOffset authTime)
    {
        PruneExpired();
        var id = LoginFlowStore.RandomToken();
        _sessions[id] = new SignedInSession(domain, user.UserPoolId, user.Username, user.Sub, authTime, time.GetUtcNow() + Lifetime);
        http.Response.Cookies.Append(ManagedLoginCookie.Name, id, LoginCookies.Options(http, domain, Lifetime));
    }

    /// <summary>The browser's live session on this domain, or null.</summary>
    public SignedInSession? Find(HttpContext http, string domain)
    {
        var id = http.Request.Cookies[ManagedLoginCookie.Name];
        return id is not null && _sessions.TryGetValue(id, out var session) && session.Domain == domain && time.GetUtcNow() < session.ExpiresAt
            ? session
            : null;
    }

    public void End(HttpContext http, string domain)
    {
        if (http.Request.Cookies[ManagedLoginCookie.Name] is { } id)
        {
            _sessions.TryRemove(id, out _);
        }

        http.Response.Cookies.Delete(ManagedLoginCookie.Name, LoginCookies.Options(http, domain));
    }

    private void PruneExpired()
    {
        var now = time.GetUtcNow();
        foreach (var (id, session) in _sessions)
        {
            if (now >= session.ExpiresAt)
            {
                _sessions.TryRemove(id, out _);
            }
        }
    }
}

/// <summary>Who is signed in on a domain, since when (the tokens' auth_time), and until when.</summary>
public sealed record SignedInSession(string Domain, string UserPoolId, string Username, string UserSub, DateTimeOffset AuthTime, DateTimeOffset ExpiresAt);
