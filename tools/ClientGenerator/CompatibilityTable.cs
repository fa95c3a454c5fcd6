using System.Text;
using System.Text.RegularExpressions;

namespace ClientGenerator;

/// <summary>
/// Writes the compatibility table of docs/local-cognito.md: every operation of the full Cognito API
/// (spec/all-operations.txt), whether LocalCognito implements it (an ICognitoOperation class in
/// src/LocalCognito/Operations) and the hand-written notes of docs/compatibility-notes.txt. The table sits between
/// two markers; everything else in the document is left as it is.
/// </summary>
internal static partial class CompatibilityTable
{
    public const string StartMarker = "<!-- compatibility-table:start (generated: dotnet run --project tools/ClientGenerator -- --compatibility-table) -->";
    public const string EndMarker = "<!-- compatibility-table:end -->";

    public static void Write(RepositoryPaths paths)
    {
        var all = ReadAllOperations(paths.AllOperationsFile);
        var implemented = ImplementedOperations(paths.LocalCognitoOperationsDirectory);
        var unknown = implemented.Where(name => !all.Contains(name)).ToList();
        if (unknown.Count > 0)
        {
            throw new GeneratorException($"Operations in src/LocalCognito/Operations that are not in spec/all-operations.txt: {string.Join(", ", unknown)}. " +
                "Re-trim spec/ from the full model (--trim).");
        }

        var notes = ReadNotes(paths.CompatibilityNotesFile, all);
        var document = File.ReadAllText(paths.LocalCognitoDocsFile);
        var start = document.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = document.IndexOf(EndMarker, StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new GeneratorException($"{paths.LocalCognitoDocsFile} has no '{StartMarker}' ... '{EndMarker}' markers.");
        }

        var updated = document[..(start + StartMarker.Length)] + "\n" + Render(all, implemented, notes) + document[end..];
        File.WriteAllText(paths.LocalCognitoDocsFile, updated);
        Console.WriteLine($"Compatibility table: {implemented.Count} of {all.Count} operations implemented -> {paths.LocalCognitoDocsFile}");
    }

    private static string Render(IReadOnlyList<string> all, IReadOnlySet<string> implemented, IReadOnlyDictionary<string, string> notes)
    {
        var table = new StringBuilder();
        table.Append(FormattableString.Invariant($"LocalCognito implements {implemented.Count} of the {all.Count} operations of the Amazon Cognito user pools API.\n\n"));
        table.Append("| Operation | LocalCognito | Notes |\n");
        table.Append("|---|---|---|\n");
        foreach (var operation in all)
        {
            var note = notes.GetValueOrDefault(operation, "").Replace("|", "\\|", StringComparison.Ordinal);
            table.Append($"| {operation} | {(implemented.Contains(operation) ? "yes" : "no")} |{(note.Length > 0 ? $" {note} " : " ")}|\n");
        }

        return table.ToString();
    }

    private static List<string> ReadAllOperations(string path)
    {
        if (!File.Exists(path))
        {
            throw new GeneratorException($"{path} is missing; write it with --trim from the full service model.");
        }

        return [.. File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];
    }

    /// <summary>The classes implementing ICognitoOperation, by their declarations (class name = operation name).</summary>
    private static HashSet<string> ImplementedOperations(string operationsDirectory)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(operationsDirectory, "*.cs", SearchOption.AllDirectories))
        {
            foreach (Match match in OperationClass().Matches(File.ReadAllText(file)))
            {
                names.Add(match.Groups["name"].Value);
            }
        }

        return names;
    }

    private static Dictionary<string, string> ReadNotes(string path, IReadOnlyList<string> all)
    {
        var known = all.ToHashSet(StringComparer.Ordinal);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadAllLines(path))
        {
            lineNumber++;
            var text = line.Trim();
            if (text.Length == 0 || text.StartsWith('#'))
            {
                continue;
            }

            var colon = text.IndexOf(':', StringComparison.Ordinal);
            var operation = colon > 0 ? text[..colon].Trim() : "";
            if (!known.Contains(operation))
            {
                throw new GeneratorException($"{path}:{lineNumber}: '{(colon > 0 ? operation : text)}' is not an operation of spec/all-operations.txt " +
                    "(a note is 'OperationName: text').");
            }

            var note = text[(colon + 1)..].Trim();
            notes[operation] = notes.TryGetValue(operation, out var earlier) ? earlier + " " + note : note;
        }

        return notes;
    }

    // "class Name(...) : ICognitoOperation" or "class Name : Base, ICognitoOperation", up to the opening brace.
    [GeneratedRegex(@"\bclass\s+(?<name>\w+)\b[^{;]*?\bICognitoOperation\b[^{;]*\{", RegexOptions.CultureInvariant)]
    private static partial Regex OperationClass();
}
