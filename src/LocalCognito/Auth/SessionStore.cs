using System.Collections.Concurrent;
using System.Security.Cryptography;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// Opaque, single-use, expiring auth sessions, in memory only (a restart ends sign-ins in progress, as a
/// session expiry would). A used session is remembered until it would have expired, so reuse gets its own message.
/// SRP exchanges can also be found by their SECRET_BLOCK, because clients such as amazon-cognito-identity-js
/// answer PASSWORD_VERIFIER without sending the Session back. Live sessions are bounded per user and in total
/// (<see cref="SessionBounds"/>): a new one beyond a bound gets TooManyRequestsException "Rate exceeded".
/// </summary>
public sealed class SessionStore(TimeProvider time, SessionBounds bounds)
{
    private const int PruneEvery = 1024;
    private static readonly TimeSpan PruneAtBoundEvery = TimeSpan.FromSeconds(1);
    private readonly ConcurrentDictionary<string, AuthSession> _live = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _bySecretBlock = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);
    // Consumed ids in the order they were used, so the oldest markers go first when there are too many.
    private readonly ConcurrentQueue<string> _usedOrder = new();
    private int _usedCount;
    private readonly ConcurrentDictionary<string, int> _failedAttempts = new(StringComparer.Ordinal);
    private int _created;
    private long _lastPruneAtBoundTicks;

    public TimeSpan ValidityFor(AppClient client) => TimeSpan.FromMinutes(client.AuthSessionValidityMinutes);

    public DateTimeOffset ExpiryFor(AppClient client) => time.GetUtcNow() + ValidityFor(client);

    /// <summary>Stores the session and returns its opaque id; TooManyRequestsException when a bound is reached.</summary>
    public string Create(AuthSession session)
    {
        if (Interlocked.Increment(ref _created) % PruneEvery == 0)
        {
            Prune();
        }

        var userKey = UserKey(session);
        // Expired sessions hold their places until pruned: at a bound, prune (at most once a second) and look again.
        if (!bounds.TryAdmit(userKey) && !(PruneAtBound() && bounds.TryAdmit(userKey)))
        {
            throw Errors.RateExceeded();
        }

        var id = Ids.Opaque(96);
        _live[id] = session;
        if (session.SecretBlock is not null)
        {
            _bySecretBlock[session.SecretBlock] = id;
        }

        return id;
    }

    /// <summary>A new random SECRET_BLOCK (standard base64, as clients decode it).</summary>
    public static string NewSecretBlock() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(64));

    /// <summary>Finds a live session by its id, or (for SRP steps) by the SECRET_BLOCK echoed by the client.</summary>
    public (string Id, AuthSession Session) Get(string? sessionId, string? secretBlock = null)
    {
        if (string.IsNullOrEmpty(sessionId) && secretBlock is not null && _bySecretBlock.TryGetValue(secretBlock, out var bySecret))
        {
            sessionId = bySecret;
        }

        if (string.IsNullOrEmpty(sessionId))
        {
            throw Errors.InvalidSession();
        }

        if (_used.ContainsKey(sessionId))
        {
            throw Errors.SessionUsed();
        }

        if (!_live.TryGetValue(sessionId, out var session))
        {
            throw Errors.InvalidSession();
        }

        if (time.GetUtcNow() > session.ExpiresAt)
        {
            Remove(sessionId, session);
            throw Errors.SessionExpired();
        }
        return (sessionId, session);
    }

    /// <summary>Marks a session used; a second consumer (a concurrent duplicate request) gets "can only be used once".</summary>
    public void Consume(string sessionId)
    {
        if (!_live.TryRemove(sessionId, out var session))
        {
            throw Errors.SessionUsed();
        }

        if (session.SecretBlock is not null)
        {
            _bySecretBlock.TryRemove(session.SecretBlock, out _);
        }

        bounds.Release(UserKey(session));
        _failedAttempts.TryRemove(sessionId, out _);
        _used[sessionId] = session.ExpiresAt;
        _usedOrder.Enqueue(sessionId);
        if (Interlocked.Increment(ref _usedCount) > bounds.MaxUsedMarkers)
        {
            TrimUsed(time.GetUtcNow());
        }
    }

    /// <summary>
    /// Counts one wrong answer on a session; the answer that reaches <paramref name="limit"/> spends it, so a mistyped
    /// code can be retried a few times on the same session but not guessed at for ever. True when the session is spent.
    /// </summary>
    public bool RecordFailedAttempt(string sessionId, int limit)
    {
        if (_failedAttempts.AddOrUpdate(sessionId, 1, (_, failures) => failures + 1) < limit)
        {
            return false;
        }

        try
        {
            Consume(sessionId);
        }
        catch (CognitoException)
        {
            // A concurrent answer used it meanwhile: spent either way.
        }

        return true;
    }

    private static string UserKey(AuthSession session) => session.UserPoolId + "/" + session.UsernameKey;

    private void Remove(string id, AuthSession session)
    {
        if (!_live.TryRemove(new KeyValuePair<string, AuthSession>(id, session)))
        {
            return; // consumed or removed meanwhile; its place was given back there
        }

        _failedAttempts.TryRemove(id, out _);

        if (session.SecretBlock is not null)
        {
            _bySecretBlock.TryRemove(session.SecretBlock, out _);
        }

        bounds.Release(UserKey(session));
    }

    private bool PruneAtBound()
    {
        var now = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref _lastPruneAtBoundTicks);
        if (now - last < PruneAtBoundEvery.Ticks || Interlocked.CompareExchange(ref _lastPruneAtBoundTicks, now, last) != last)
        {
            return false;
        }

        Prune();
        return true;
    }

    /// <summary>Forgets used-session markers that expired, and the oldest ones beyond the bound.</summary>
    private void TrimUsed(DateTimeOffset now)
    {
        while (_usedOrder.TryPeek(out var id))
        {
            var known = _used.TryGetValue(id, out var expiresAt);
            if (known && expiresAt >= now && Volatile.Read(ref _usedCount) <= bounds.MaxUsedMarkers)
            {
                return;
            }

            if (!_usedOrder.TryDequeue(out var dequeued))
            {
                return;
            }

            if (_used.TryRemove(dequeued, out _))
            {
                Interlocked.Decrement(ref _usedCount);
            }
        }
    }

    private void Prune()
    {
        var now = time.GetUtcNow();
        foreach (var (id, session) in _live)
        {
            if (session.ExpiresAt < now)
            {
                Remove(id, session);
            }
        }

        TrimUsed(now);
    }
}
