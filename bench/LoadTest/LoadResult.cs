namespace LoadTest;

/// <summary>What one measured phase produced: throughput and latency percentiles of the completed operations.</summary>
public sealed record LoadResult(
    string Target,
    string Operation,
    int Clients,
    int Completed,
    int Failed,
    double Seconds,
    double PerSecond,
    double P50Ms,
    double P90Ms,
    double P99Ms,
    double MaxMs,
    string? FirstError);
