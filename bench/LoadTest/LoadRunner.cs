using System.Collections.Concurrent;
using System.Diagnostics;

namespace LoadTest;

/// <summary>
/// Runs one operation from N concurrent clients (closed loop: each client sends its next request when the
/// previous one is answered) for a number of operations or a time, and measures each operation's latency.
/// </summary>
public static class LoadRunner
{
    /// <param name="operation">Called with a 0-based operation index; throws on failure.</param>
    public static async Task<LoadResult> RunAsync(string target, string name, int clients, int? count, TimeSpan? duration,
        Func<int, CancellationToken, Task> operation)
    {
        var issued = -1;
        var failed = 0;
        string? firstError = null;
        var latencies = new ConcurrentBag<List<long>>();
        using var timeUp = duration is { } d ? new CancellationTokenSource(d) : new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            var mine = new List<long>(1024);
            latencies.Add(mine);
            while (!timeUp.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref issued);
                if (count is { } limit && index >= limit)
                {
                    break;
                }
                var started = Stopwatch.GetTimestamp();
                try
                {
                    await operation(index, CancellationToken.None).ConfigureAwait(false);
                    mine.Add(Stopwatch.GetTimestamp() - started);
                }
                catch (Exception e)
                {
                    Interlocked.Increment(ref failed);
                    Interlocked.CompareExchange(ref firstError, $"{e.GetType().Name}: {e.Message}", null);
                }
            }
        })));
        clock.Stop();

        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Percentile(double p) => all.Length == 0 ? double.NaN
            : TicksToMs(all[Math.Min(all.Length - 1, (int)Math.Ceiling(p * all.Length) - 1)]);
        return new LoadResult(target, name, clients, all.Length, failed, clock.Elapsed.TotalSeconds,
            all.Length / clock.Elapsed.TotalSeconds, Percentile(0.50), Percentile(0.90), Percentile(0.99),
            all.Length == 0 ? double.NaN : TicksToMs(all[^1]), firstError);
    }

    private static double TicksToMs(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
