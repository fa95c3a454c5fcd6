using System.Text.Json.Nodes;

namespace LocalCognito.Protocol;

/// <summary>Typed reads of request members. Requests are validated against the service model first,
/// so members have the modelled types; missing optional members come back null.</summary>
public static class JsonRequest
{
    public static string? OptionalString(this JsonObject request, string name) =>
        request[name] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    /// <summary>A member the model marks required (validation already guaranteed it is present).</summary>
    public static string Required(this JsonObject request, string name) =>
        request.OptionalString(name) ?? throw Errors.InvalidParameter(
            $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    public static bool? Bool(this JsonObject request, string name) =>
        request[name] is JsonValue v && v.TryGetValue(out bool b) ? b : null;

    public static int? Int(this JsonObject request, string name) =>
        request[name] is JsonValue v && v.TryGetValue(out int i) ? i : null;

    public static JsonObject? OptionalObject(this JsonObject request, string name) => request[name] as JsonObject;

    /// <summary>A string map member (AuthParameters, ChallengeResponses), empty when absent.</summary>
    public static Dictionary<string, string> Map(this JsonObject request, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request[name] is JsonObject obj)
        {
            foreach (var (key, value) in obj)
            {
                if (value is JsonValue v && v.TryGetValue(out string? s))
                {
                    map[key] = s;
                }
            }
        }

        return map;
    }

    public static List<string> StringList(this JsonObject request, string name) =>
        request[name] is JsonArray a ? a.OfType<JsonValue>().Select(v => v.GetValue<string>()).ToList() : [];

    /// <summary>A list of {Name, Value} attributes.</summary>
    public static List<(string Name, string Value)> Attributes(this JsonObject request, string name) =>
        request[name] is JsonArray a
            ? a.OfType<JsonObject>().Select(o => (o.OptionalString("Name") ?? "", o.OptionalString("Value") ?? "")).ToList()
            : [];

    /// <summary>Epoch seconds with millisecond precision, as Cognito writes dates.</summary>
    public static JsonNode Epoch(DateTimeOffset time) => JsonValue.Create(Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3));
}
