using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace LocalCognito.Protocol;

/// <summary>
/// Kestrel limits that keep a flood of connections or of slow, never-finished requests from exhausting the process.
/// Without a connection limit, ~20,000 half-open connections used up the process's file descriptors and the runtime
/// aborted ("Out of memory"); with it, connections past the limit are accepted and closed at once.
/// </summary>
public static class ServerLimits
{
    /// <summary>The most connections served at once, when the open-file limit allows it.</summary>
    public const int MaxConnections = 1000;

    /// <summary>Time to receive a request's headers once it has started (slow-loris).</summary>
    public static readonly TimeSpan RequestHeadersTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long an idle connection (including a new one that sends nothing) is kept.</summary>
    public static readonly TimeSpan KeepAliveTimeout = TimeSpan.FromSeconds(30);

    public static void Apply(KestrelServerLimits limits)
    {
        limits.MaxConcurrentConnections = ConnectionLimit(OpenFileLimit());
        limits.MaxConcurrentUpgradedConnections = 0; // no WebSockets or other upgrades
        limits.RequestHeadersTimeout = RequestHeadersTimeout;
        limits.KeepAliveTimeout = KeepAliveTimeout;
        limits.MaxRequestBodySize = RequestDispatcher.MaxDrainedBytes;
        limits.MaxRequestHeaderCount = 100;
        limits.MaxRequestHeadersTotalSize = 32 * 1024;
        limits.MaxRequestLineSize = 8 * 1024;
    }

    /// <summary>
    /// At most half the open-file limit, so SQLite, the outbox file and the runtime itself always have descriptors
    /// left, and never more than <see cref="MaxConnections"/>.
    /// </summary>
    public static int ConnectionLimit(long? openFileLimit) =>
        openFileLimit is { } files ? (int)Math.Clamp(files / 2, 16, MaxConnections) : MaxConnections;

    /// <summary>The soft limit on open files (Linux: /proc/self/limits), or null where it cannot be read.</summary>
    public static long? OpenFileLimit()
    {
        try
        {
            const string LimitsFile = "/proc/self/limits";
            var line = File.Exists(LimitsFile)
                ? File.ReadLines(LimitsFile).FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal))
                : null;
            var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return fields is { Length: > 3 } && long.TryParse(fields[3], out var soft) ? soft : null;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
