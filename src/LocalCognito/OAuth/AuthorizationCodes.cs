using System.Collections.Concurrent;
using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>Issued authorization codes: single use, valid 5 minutes as Cognito's are.</summary>
public sealed class AuthorizationCodes(TimeProvider time)
{
    /// <summary>How long a code can be exchanged.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    private const int PruneEvery = 1024;
    private readonly ConcurrentDictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private int _issued;

    /// <summary>Issues a code for a completed sign-in.</summary>
    public string Issue(AuthorizeRequest request, UserPool pool, User user, DateTimeOffset authTime)
    {
        var now = time.GetUtcNow();
        if (Interlocked.Increment(ref _issued) % PruneEvery == 0)
        {
            foreach (var stale in _codes.Where(entry => entry.Value.ExpiresAt <= now))
            {
                _codes.TryRemove(stale.Key, out _);
            }
        }

        var value = Guid.NewGuid().ToString();
        _codes[value] = new AuthorizationCode(pool.Id, request.ClientId, request.RedirectUri, user.Username, request.Scopes,
            request.Nonce, request.CodeChallenge, authTime, now + Lifetime);
        return value;
    }

    /// <summary>Takes a code out (whatever happens next, it cannot be used again); null when unknown, used or expired.</summary>
    public AuthorizationCode? Redeem(string code)
    {
        if (!_codes.TryRemove(code, out var issued))
        {
            return null;
        }

        return issued.ExpiresAt > time.GetUtcNow() ? issued : null;
    }
}
