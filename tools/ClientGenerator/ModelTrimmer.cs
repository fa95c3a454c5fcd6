using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ClientGenerator;

/// <summary>
/// Cuts the full service model down to the selected operations and the shapes they reach,
/// without documentation strings, so that spec/ stays small and reviewable.
/// </summary>
internal static class ModelTrimmer
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Trim(string fullModelPath, string? fullPaginatorsPath, RepositoryPaths paths)
    {
        var selected = File.ReadAllLines(paths.SelectedOperationsFile)
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

        var full = ServiceModel.ReadJson(fullModelPath);
        var allOperations = full["operations"]!.AsObject();
        var allShapes = full["shapes"]!.AsObject();
        var missing = selected.Where(o => !allOperations.ContainsKey(o)).ToList();
        if (missing.Count > 0)
        {
            throw new GeneratorException($"Operations not in the model: {string.Join(", ", missing)}");
        }

        var reachable = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in selected)
        {
            var op = allOperations[name]!;
            Visit((string?)op["input"]?["shape"]);
            Visit((string?)op["output"]?["shape"]);
            foreach (var error in op["errors"]?.AsArray() ?? [])
            {
                Visit((string)error!["shape"]!);
            }
        }

        void Visit(string? shapeName)
        {
            if (shapeName == null || !reachable.Add(shapeName))
            {
                return;
            }
            var shape = allShapes[shapeName] ?? throw new GeneratorException($"Shape '{shapeName}' is not defined.");
            foreach (var (_, member) in shape["members"]?.AsObject() ?? [])
            {
                Visit((string)member!["shape"]!);
            }
            foreach (var key in new[] { "member", "key", "value" })
            {
                Visit((string?)shape[key]?["shape"]);
            }
        }

        var trimmed = new JsonObject
        {
            ["version"] = full["version"]?.DeepClone(),
            ["metadata"] = Clean(full["metadata"]!),
            ["operations"] = SortedObject(selected.Order(StringComparer.Ordinal).Select(o => (o, (JsonNode?)Clean(allOperations[o]!)))),
            ["shapes"] = SortedObject(reachable.Select(s => (s, (JsonNode?)Clean(allShapes[s]!)))),
        };
        Directory.CreateDirectory(paths.SpecDirectory);
        WriteJson(paths.ModelFile, trimmed);
        Console.WriteLine($"Trimmed model: {selected.Count} operations, {reachable.Count} shapes -> {paths.ModelFile}");
        WriteAllOperations(paths.AllOperationsFile, allOperations.Select(o => o.Key));

        if (fullPaginatorsPath != null)
        {
            var pagination = ServiceModel.ReadJson(fullPaginatorsPath)["pagination"]!.AsObject();
            var kept = pagination.Where(p => selected.Contains(p.Key)).Select(p => (p.Key, (JsonNode?)Clean(p.Value!)));
            WriteJson(paths.PaginatorsFile, new JsonObject { ["pagination"] = SortedObject(kept) });
            Console.WriteLine($"Trimmed paginators -> {paths.PaginatorsFile}");
        }
    }

    /// <summary>
    /// The names of every operation in the full model, so the repository alone can list what LocalCognito does not
    /// implement (docs compatibility table, and the error an unimplemented operation answers).
    /// </summary>
    private static void WriteAllOperations(string path, IEnumerable<string> names)
    {
        var lines = new List<string>
        {
            "# Every operation of the Amazon Cognito user pools API (cognito-idp 2016-04-18), one a line.",
            "# Written by `dotnet run --project tools/ClientGenerator -- --trim FULL_MODEL` from the full service model; do not edit.",
        };
        lines.AddRange(names.Order(StringComparer.Ordinal));
        File.WriteAllText(path, string.Join("\n", lines) + "\n");
        Console.WriteLine($"All operation names -> {path}");
    }

    /// <summary>A deep copy without documentation, with object keys in ordinal order.</summary>
    private static JsonNode Clean(JsonNode node) => node switch
    {
        JsonObject obj => SortedObject(obj
            .Where(kv => kv.Key is not ("documentation" or "documentationUrl" or "deprecatedMessage"))
            .Select(kv => (kv.Key, kv.Value is null ? null : Clean(kv.Value)))),
        JsonArray array => new JsonArray(array.Select(item => item is null ? null : Clean(item)).ToArray()),
        _ => node.DeepClone(),
    };

    private static JsonObject SortedObject(IEnumerable<(string Key, JsonNode? Value)> entries)
    {
        var result = new JsonObject();
        foreach (var (key, value) in entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            result[key] = value;
        }
        return result;
    }

    private static void WriteJson(string path, JsonNode node) =>
        File.WriteAllText(path, node.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n");
}
