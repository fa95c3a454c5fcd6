using System.Collections.Concurrent;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>What a limit remembers about one user; each entry has its own lock.</summary>
public abstract class PerUserEntry
{
    internal Lock Sync { get; } = new();
    /// <summary>When the user last did what the limit watches; entries idle long enough are forgotten.</summary>
    public DateTimeOffset LastSeen { get; set; } = DateTimeOffset.MinValue;
    internal bool Forgotten { get; set; }
}

/// <summary>
/// In-memory state per user for the brute-force limits (a restart forgets it). Keyed by pool and sub, so a user
/// deleted and created again starts afresh. An entry unused for <paramref name="idleAfter"/> is swept away, which
/// keeps memory bounded by the users active in that time.
/// </summary>
public sealed class PerUserState<TEntry>(TimeProvider time, TimeSpan idleAfter)
    where TEntry : PerUserEntry, new()
{
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, TEntry> _entries = new(StringComparer.Ordinal);
    private long _lastSweepTicks;

    public int Count => _entries.Count;

    /// <summary>Runs <paramref name="action"/> on the user's entry under its lock (a new entry when there is none).</summary>
    public T With<T>(User user, Func<TEntry, DateTimeOffset, T> action)
    {
        var now = time.GetUtcNow();
        SweepIfDue(now);
        var key = user.UserPoolId + "/" + user.Sub;
        while (true)
        {
            var entry = _entries.GetOrAdd(key, static _ => new TEntry());
            lock (entry.Sync)
            {
                if (!entry.Forgotten)
                {
                    return action(entry, now);
                }
            }
        }
    }

    private void SweepIfDue(DateTimeOffset now)
    {
        var last = Interlocked.Read(ref _lastSweepTicks);
        if (now.UtcTicks - last < SweepInterval.Ticks || Interlocked.CompareExchange(ref _lastSweepTicks, now.UtcTicks, last) != last)
        {
            return;
        }

        foreach (var (key, entry) in _entries)
        {
            lock (entry.Sync)
            {
                if (now - entry.LastSeen >= idleAfter)
                {
                    entry.Forgotten = true; // a caller holding this entry takes a fresh one
                    _entries.TryRemove(new KeyValuePair<string, TEntry>(key, entry));
                }
            }
        }
    }
}
