using System.Text.Json;

namespace LocalCognito.Protocol;

/// <summary>
/// Checks a request against the model's constraints (required, type, length, range, pattern, enum) and
/// reports every violation the way AWS does: "N validation error(s) detected: Value 'x' at 'member'
/// failed to satisfy constraint: ...". Values of sensitive members are not echoed.
/// </summary>
public sealed class RequestValidator(ServiceModel model)
{
    private const int MaxEchoedValueLength = 256;

    public void Validate(string operation, JsonElement request)
    {
        var problems = new List<string>();
        CheckStructure(model.Shape(model.InputShape(operation)), request, path: "", problems);
        if (problems.Count == 0)
        {
            return;
        }

        var header = problems.Count == 1 ? "1 validation error detected: " : $"{problems.Count} validation errors detected: ";
        throw Errors.InvalidParameter(header + string.Join("; ", problems));
    }

    private void CheckStructure(JsonElement shape, JsonElement value, string path, List<string> problems)
    {
        var members = shape.GetProperty("members");
        if (shape.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out var present) || present.ValueKind == JsonValueKind.Null)
                {
                    problems.Add($"Value null at '{Join(path, name)}' failed to satisfy constraint: Member must not be null");
                }
            }
        }

        foreach (var member in value.EnumerateObject())
        {
            // Unknown members are ignored, as AWS does.
            if (!members.TryGetProperty(member.Name, out var memberRef) || member.Value.ValueKind == JsonValueKind.Null)
            {
                continue;
            }

            CheckValue(memberRef.GetProperty("shape").GetString()!, member.Value, Join(path, member.Name), problems);
        }
    }

    private void CheckValue(string shapeName, JsonElement value, string path, List<string> problems)
    {
        var shape = model.Shape(shapeName);
        var type = shape.GetProperty("type").GetString();
        var sensitive = shape.TryGetProperty("sensitive", out var sensitiveFlag) && sensitiveFlag.GetBoolean();
        switch (type)
        {
            case "string":
                if (value.ValueKind != JsonValueKind.String)
                {
                    problems.Add(TypeProblem(value, path, "string"));
                    return;
                }

                CheckString(shape, value.GetString()!, path, sensitive, problems);
                break;
            case "integer" or "long":
                if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
                {
                    problems.Add(TypeProblem(value, path, "integer"));
                    return;
                }

                if (shape.TryGetProperty("min", out var min) && number < min.GetInt64())
                {
                    problems.Add($"{Value(number.ToString(), path, sensitive)} failed to satisfy constraint: Member must have value greater than or equal to {min.GetInt64()}");
                }

                if (shape.TryGetProperty("max", out var max) && number > max.GetInt64())
                {
                    problems.Add($"{Value(number.ToString(), path, sensitive)} failed to satisfy constraint: Member must have value less than or equal to {max.GetInt64()}");
                }

                break;
            case "boolean":
                if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Add(TypeProblem(value, path, "boolean"));
                }

                break;
            case "blob":
                // JSON 1.1 carries blobs as base64 text.
                if (value.ValueKind != JsonValueKind.String || !value.TryGetBytesFromBase64(out _))
                {
                    problems.Add(TypeProblem(value, path, "blob"));
                }

                break;
            case "timestamp":
                if (value.ValueKind != JsonValueKind.Number)
                {
                    problems.Add(TypeProblem(value, path, "timestamp"));
                }

                break;
            case "structure":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(TypeProblem(value, path, "structure"));
                    return;
                }

                CheckStructure(shape, value, path, problems);
                break;
            case "list":
                if (value.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(TypeProblem(value, path, "list"));
                    return;
                }

                CheckCount(shape, value.GetArrayLength(), path, problems);
                var memberShape = shape.GetProperty("member").GetProperty("shape").GetString()!;
                var index = 1;
                foreach (var item in value.EnumerateArray())
                {
                    if (item.ValueKind != JsonValueKind.Null)
                    {
                        CheckValue(memberShape, item, $"{path}.{index++}.member", problems);
                    }
                }

                break;
            case "map":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(TypeProblem(value, path, "map"));
                    return;
                }

                var valueShape = shape.GetProperty("value").GetProperty("shape").GetString()!;
                foreach (var entry in value.EnumerateObject())
                {
                    if (entry.Value.ValueKind != JsonValueKind.Null)
                    {
                        CheckValue(valueShape, entry.Value, $"{path}.{entry.Name}", problems);
                    }
                }

                break;
        }
    }

    private void CheckString(JsonElement shape, string text, string path, bool sensitive, List<string> problems)
    {
        if (shape.TryGetProperty("min", out var min) && text.Length < min.GetInt32())
        {
            problems.Add($"{Value(text, path, sensitive)} failed to satisfy constraint: Member must have length greater than or equal to {min.GetInt32()}");
        }

        if (shape.TryGetProperty("max", out var max) && text.Length > max.GetInt32())
        {
            problems.Add($"{Value(text, path, sensitive)} failed to satisfy constraint: Member must have length less than or equal to {max.GetInt32()}");
        }
        else if (shape.TryGetProperty("pattern", out var pattern) && text.Length > 0
                 && model.Pattern(pattern.GetString()!) is { } regex && !regex.IsMatch(text))
        {
            problems.Add($"{Value(text, path, sensitive)} failed to satisfy constraint: Member must satisfy regular expression pattern: {pattern.GetString()}");
        }

        if (shape.TryGetProperty("enum", out var allowed) && allowed.EnumerateArray().All(a => a.GetString() != text))
        {
            problems.Add($"{Value(text, path, sensitive)} failed to satisfy constraint: Member must satisfy enum value set: [{string.Join(", ", allowed.EnumerateArray().Select(a => a.GetString()))}]");
        }
    }

    private static void CheckCount(JsonElement shape, int count, string path, List<string> problems)
    {
        if (shape.TryGetProperty("min", out var min) && count < min.GetInt32())
        {
            problems.Add($"Value at '{path}' failed to satisfy constraint: Member must have length greater than or equal to {min.GetInt32()}");
        }

        if (shape.TryGetProperty("max", out var max) && count > max.GetInt32())
        {
            problems.Add($"Value at '{path}' failed to satisfy constraint: Member must have length less than or equal to {max.GetInt32()}");
        }
    }

    private static string TypeProblem(JsonElement value, string path, string expected) =>
        $"Value '{Truncate(value.GetRawText())}' at '{path}' failed to satisfy constraint: Member must be of type {expected}";

    private static string Value(string text, string path, bool sensitive) =>
        sensitive ? $"Value at '{path}'" : $"Value '{Truncate(text)}' at '{path}'";

    private static string Truncate(string text) => text.Length <= MaxEchoedValueLength ? text : text[..MaxEchoedValueLength] + "...";

    // AWS names members in lower camel case in these messages: 'clientId', 'userAttributes.1.member.name'.
    private static string Join(string path, string member)
    {
        var camel = char.ToLowerInvariant(member[0]) + member[1..];
        return path.Length == 0 ? camel : path + "." + camel;
    }
}
