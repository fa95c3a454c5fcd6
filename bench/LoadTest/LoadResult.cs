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
    string? FirstError)
{
    /// <summary>CPU time the server process spent per completed operation (user + system), in ms.</summary>
    public double ServerCpuMsPerOp { get; init; } = double.NaN;

    /// <summary>CPU time the load generator spent per completed operation, in ms (it shares the 2 cores).</summary>
    public double GeneratorCpuMsPerOp { get; init; } = double.NaN;
}
