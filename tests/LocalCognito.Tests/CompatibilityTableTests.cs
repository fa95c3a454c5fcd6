using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using LocalCognito.Operations;

namespace LocalCognito.Tests;

/// <summary>
/// The compatibility table in docs/local-cognito.md must match the repository: one row per operation of
/// spec/all-operations.txt, "yes" exactly for the operations LocalCognito has a class for (found here by reflection,
/// not by the generator's source scan), and the notes of docs/compatibility-notes.txt.
/// </summary>
public sealed partial class CompatibilityTableTests
{
    private const string Regenerate =
        "docs/local-cognito.md's compatibility table is stale: run `dotnet run --project tools/ClientGenerator -- --compatibility-table` " +
        "and commit docs/local-cognito.md.";

    private static readonly Lazy<string> Root = new(LocateRoot);

    [Fact]
    public void The_table_has_one_row_per_Cognito_operation_in_order()
    {
        var all = AllOperations();
        Assert.True(all.Count > 100, "spec/all-operations.txt must hold the full API.");
        Assert.True(all.SequenceEqual(Rows().Select(row => row.Operation)), Regenerate);
    }

    [Fact]
    public void Exactly_the_implemented_operations_are_marked_yes()
    {
        var implemented = typeof(ICognitoOperation).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICognitoOperation).IsAssignableFrom(t))
            .Select(t => ((ICognitoOperation)RuntimeHelpers.GetUninitializedObject(t)).Name)
            .Order(StringComparer.Ordinal)
            .ToList();
        var rows = Rows();

        Assert.True(implemented.SequenceEqual(rows.Where(row => row.Status == "yes").Select(row => row.Operation)), Regenerate);
        Assert.All(rows, row => Assert.Contains(row.Status, new[] { "yes", "no" }));
        Assert.Contains($"LocalCognito implements {implemented.Count} of the {rows.Count} operations", Table(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_notes_are_the_hand_written_ones()
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(Path.Combine(Root.Value, "docs", "compatibility-notes.txt"))
                     .Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var (operation, note) = (line[..line.IndexOf(':', StringComparison.Ordinal)], line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim());
            notes[operation] = notes.TryGetValue(operation, out var earlier) ? earlier + " " + note : note;
        }

        Assert.NotEmpty(notes);
        Assert.All(Rows(), row => Assert.True(notes.GetValueOrDefault(row.Operation, "") == row.Notes, $"{row.Operation}: {Regenerate}"));
    }

    private static List<string> AllOperations() =>
        [.. File.ReadAllLines(Path.Combine(Root.Value, "spec", "all-operations.txt")).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    /// <summary>The text between the table's markers.</summary>
    private static string Table()
    {
        var document = File.ReadAllText(Path.Combine(Root.Value, "docs", "local-cognito.md"));
        var start = document.IndexOf("<!-- compatibility-table:start", StringComparison.Ordinal);
        var end = document.IndexOf("<!-- compatibility-table:end -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/local-cognito.md lost the compatibility table's markers.");
        return document[start..end];
    }

    private static List<(string Operation, string Status, string Notes)> Rows() =>
        [.. Table().Split('\n')
            .Where(line => line.StartsWith("| ", StringComparison.Ordinal) && !line.StartsWith("| Operation |", StringComparison.Ordinal))
            .Select(line => UnescapedPipe().Split(line.Trim().Trim('|')).Select(cell => cell.Trim().Replace("\\|", "|", StringComparison.Ordinal)).ToArray())
            .Select(cells => (cells[0], cells[1], cells[2]))];

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedPipe();

    private static string LocateRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CognitoMfaScenario.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No CognitoMfaScenario.sln above {AppContext.BaseDirectory}.");
    }
}
