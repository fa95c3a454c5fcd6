namespace LoadTest;

/// <summary>Combines repeated runs: for each emulator, operation and client count, the median of every figure.</summary>
public static class Medians
{
    public static IReadOnlyList<LoadResult> Of(IEnumerable<LoadResult> runs) =>
        runs.GroupBy(r => (r.Target, r.Operation, r.Clients))
            .Select(g => new LoadResult(
                g.Key.Target, g.Key.Operation, g.Key.Clients,
                (int)Median(g.Select(r => (double)r.Completed)),
                g.Sum(r => r.Failed),
                Median(g.Select(r => r.Seconds)),
                Median(g.Select(r => r.PerSecond)),
                Median(g.Select(r => r.P50Ms)),
                Median(g.Select(r => r.P90Ms)),
                Median(g.Select(r => r.P99Ms)),
                Median(g.Select(r => r.MaxMs)),
                g.Select(r => r.FirstError).FirstOrDefault(e => e is not null))
            {
                ServerCpuMsPerOp = Median(g.Select(r => r.ServerCpuMsPerOp)),
                GeneratorCpuMsPerOp = Median(g.Select(r => r.GeneratorCpuMsPerOp)),
            })
            .ToList();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
