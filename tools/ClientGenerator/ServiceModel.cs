using System.Text.Json.Nodes;

namespace ClientGenerator;

/// <summary>A member of a structure: its wire name, the shape it points to and its constraints.</summary>
internal sealed record Member(string Name, string ShapeName, bool Required);

/// <summary>One shape of the service model (structure, list, map, string, enum, integer, boolean, timestamp, blob, document).</summary>
internal sealed record Shape(
    string Name,
    string Type,
    IReadOnlyList<Member> Members,
    IReadOnlyList<string> EnumValues,
    string? ListMember,
    string? MapKey,
    string? MapValue,
    long? Min,
    long? Max,
    bool Sensitive,
    bool IsException)
{
    public bool IsEnum => Type == "string" && EnumValues.Count > 0;
    public bool IsStructure => Type == "structure";
}

/// <summary>One operation: its input/output shapes, declared errors, and whether it is signed.</summary>
internal sealed record Operation(string Name, string? InputShape, string? OutputShape, IReadOnlyList<string> Errors, bool NoAuth);

/// <summary>How an operation pages: the token members and the member holding the items.</summary>
internal sealed record Paginator(string OperationName, string InputToken, string OutputToken, string? LimitKey, string ResultKey);

/// <summary>The (trimmed) service model the generator works from.</summary>
internal sealed class ServiceModel
{
    public required string ServiceId { get; init; }
    public required string TargetPrefix { get; init; }
    public required string ApiVersion { get; init; }
    public required IReadOnlyDictionary<string, Shape> Shapes { get; init; }
    public required IReadOnlyList<Operation> Operations { get; init; }
    public required IReadOnlyList<Paginator> Paginators { get; init; }

    public Shape this[string name] => Shapes.TryGetValue(name, out var shape)
        ? shape
        : throw new GeneratorException($"The model refers to shape '{name}', which it does not define.");

    public static ServiceModel Load(string modelPath, string paginatorsPath)
    {
        var root = ReadJson(modelPath);
        var metadata = root["metadata"]!.AsObject();
        var shapes = new SortedDictionary<string, Shape>(StringComparer.Ordinal);
        foreach (var (name, node) in root["shapes"]!.AsObject())
        {
            shapes[name] = ParseShape(name, node!.AsObject());
        }

        var operations = root["operations"]!.AsObject()
            .Select(kv => ParseOperation(kv.Key, kv.Value!.AsObject()))
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();

        var paginators = new List<Paginator>();
        if (File.Exists(paginatorsPath))
        {
            foreach (var (name, node) in ReadJson(paginatorsPath)["pagination"]!.AsObject())
            {
                var p = node!.AsObject();
                paginators.Add(new Paginator(name, (string)p["input_token"]!, (string)p["output_token"]!,
                    (string?)p["limit_key"], (string)p["result_key"]!));
            }
        }

        return new ServiceModel
        {
            ServiceId = (string)metadata["serviceId"]!,
            TargetPrefix = (string)metadata["targetPrefix"]!,
            ApiVersion = (string)metadata["apiVersion"]!,
            Shapes = shapes,
            Operations = operations,
            Paginators = paginators.OrderBy(p => p.OperationName, StringComparer.Ordinal).ToList(),
        };
    }

    public static JsonObject ReadJson(string path)
    {
        if (!File.Exists(path))
        {
            throw new GeneratorException($"Model file not found: {path}");
        }
        return JsonNode.Parse(File.ReadAllText(path))?.AsObject()
            ?? throw new GeneratorException($"Model file is empty: {path}");
    }

    private static Shape ParseShape(string name, JsonObject node)
    {
        var required = node["required"]?.AsArray().Select(r => (string)r!).ToHashSet(StringComparer.Ordinal) ?? [];
        var members = node["members"]?.AsObject()
            .Select(kv => new Member(kv.Key, (string)kv.Value!["shape"]!, required.Contains(kv.Key)))
            .OrderBy(m => m.Name, StringComparer.Ordinal)
            .ToList() ?? [];
        // Smithy document shapes arrive as structures flagged "document": free-form JSON, not a class of their own.
        var type = node["document"] is JsonValue d && d.GetValue<bool>() ? "document" : (string)node["type"]!;
        return new Shape(
            name,
            type,
            members,
            node["enum"]?.AsArray().Select(v => (string)v!).ToList() ?? [],
            (string?)node["member"]?["shape"],
            (string?)node["key"]?["shape"],
            (string?)node["value"]?["shape"],
            node["min"] is JsonValue min ? min.GetValue<long>() : null,
            node["max"] is JsonValue max ? max.GetValue<long>() : null,
            node["sensitive"] is JsonValue s && s.GetValue<bool>(),
            node["exception"] is JsonValue e && e.GetValue<bool>());
    }

    private static Operation ParseOperation(string name, JsonObject node)
    {
        var auth = node["auth"]?.AsArray().Select(a => (string)a!).ToList() ?? [];
        var noAuth = (string?)node["authtype"] == "none" || (auth.Count > 0 && auth.All(a => a == "smithy.api#noAuth"));
        return new Operation(
            name,
            (string?)node["input"]?["shape"],
            (string?)node["output"]?["shape"],
            node["errors"]?.AsArray().Select(e => (string)e!["shape"]!).OrderBy(e => e, StringComparer.Ordinal).ToList() ?? [],
            noAuth);
    }
}
