using System.Globalization;
using System.Text;

namespace LoadTest;

/// <summary>Load results as a Markdown table (what bench/README.md shows).</summary>
public static class ResultsTable
{
    public const string Header =
        "| Emulator | Operation | Clients | ops/s | p50 ms | p90 ms | p99 ms | max ms | server CPU ms/op | generator CPU ms/op | completed | failed |\n" +
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public static string Row(LoadResult r) => string.Create(CultureInfo.InvariantCulture,
        $"| {r.Target} | {r.Operation} | {r.Clients} | {r.PerSecond:F0} | {r.P50Ms:F2} | {r.P90Ms:F2} | {r.P99Ms:F2} | {r.MaxMs:F1} | {r.ServerCpuMsPerOp:F2} | {r.GeneratorCpuMsPerOp:F2} | {r.Completed} | {r.Failed} |");

    public static string Render(IEnumerable<LoadResult> results)
    {
        var table = new StringBuilder(Header).AppendLine();
        foreach (var result in results.OrderBy(r => r.Operation, StringComparer.Ordinal).ThenBy(r => r.Clients).ThenBy(r => r.Target))
        {
            table.AppendLine(Row(result));
        }
        return table.ToString();
    }
}
