using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// The managed login flows in memory, keyed by a random id the browser holds in an HttpOnly cookie. A flow lasts an hour
/// after its last use; the Cognito challenge session inside it keeps its own (shorter) expiry.
/// </summary>
public sealed class LoginFlowStore(TimeProvider time)
{
    public const string CookieName = "localcognito-login";
    private static readonly TimeSpan IdleLifetime = TimeSpan.FromHours(1);
    private const int PruneEvery = 256;
    private readonly ConcurrentDictionary<string, LoginFlow> _flows = new(StringComparer.Ordinal);
    private int _created;

    /// <summary>The browser's flow for this domain, or null when it has none (or it expired).</summary>
    public LoginFlow? Find(HttpContext http, string domain)
    {
        var id = http.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(id) || !_flows.TryGetValue(id, out var flow))
        {
            return null;
        }

        if (flow.Domain != domain || time.GetUtcNow() > flow.ExpiresAt)
        {
            return null;
        }

        flow.ExpiresAt = time.GetUtcNow() + IdleLifetime;
        return flow;
    }

    /// <summary>The browser's flow, or a new one with its cookie set on the response.</summary>
    public LoginFlow FindOrStart(HttpContext http, string domain) => Find(http, domain) ?? Start(http, domain);

    /// <summary>A new flow (a fresh id and CSRF token), replacing the browser's cookie.</summary>
    public LoginFlow Start(HttpContext http, string domain)
    {
        if (Interlocked.Increment(ref _created) % PruneEvery == 0)
        {
            Prune();
        }

        var flow = new LoginFlow
        {
            Id = RandomToken(),
            Domain = domain,
            CsrfToken = RandomToken(),
            ExpiresAt = time.GetUtcNow() + IdleLifetime,
        };
        _flows[flow.Id] = flow;
        http.Response.Cookies.Append(CookieName, flow.Id, LoginCookies.Options(http, domain));
        return flow;
    }

    /// <summary>Ends the flow (signed in or signed out): its id no longer opens anything.</summary>
    public void End(HttpContext http, LoginFlow flow)
    {
        _flows.TryRemove(flow.Id, out _);
        http.Response.Cookies.Delete(CookieName, LoginCookies.Options(http, flow.Domain));
    }

    public static string RandomToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (id, flow) in _flows)
        {
            if (now > flow.ExpiresAt)
            {
                _flows.TryRemove(id, out _);
            }
        }
    }
}
