using System.Text.Json.Nodes;

namespace LocalCognito.Protocol;

/// <summary>Typed reads of request members. Requests are validated against the service model first,
/// so members have the modelled types; missing optional members come back null.</summary>
public static class JsonRequest
{
    public static string? OptionalString(this JsonObject request, string name) =>
        request[name] is JsonValue value && value.TryGetValue(out string? text) ? text : null;

    /// <summary>A member the model marks required (validation already guaranteed it is present).</summary>
    public static string Required(this JsonObject request, string name) =>
        request.OptionalString(name) ?? throw Errors.InvalidParameter(
            $"1 validation error detected: Value null at '{char.ToLowerInvariant(name[0])}{name[1..]}' failed to satisfy constraint: Member must not be null");

    public static bool? Bool(this JsonObject request, string name) =>
        request[name] is JsonValue value && value.TryGetValue(out bool flag) ? flag : null;

    public static int? Int(this JsonObject request, string name) =>
        request[name] is JsonValue value && value.TryGetValue(out int number) ? number : null;

    public static JsonObject? OptionalObject(this JsonObject request, string name) => request[name] as JsonObject;

    /// <summary>A string map member (AuthParameters, ChallengeResponses), empty when absent.</summary>
    public static Dictionary<string, string> Map(this JsonObject request, string name)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request[name] is JsonObject members)
        {
            foreach (var (key, value) in members)
            {
                if (value is JsonValue scalar && scalar.TryGetValue(out string? text))
                {
                    map[key] = text;
                }
            }
        }

        return map;
    }

    public static List<string> StringList(this JsonObject request, string name) =>
        request[name] is JsonArray items ? items.OfType<JsonValue>().Select(item => item.GetValue<string>()).ToList() : [];

    /// <summary>A list of {Name, Value} attributes.</summary>
    public static List<(string Name, string Value)> Attributes(this JsonObject request, string name) =>
        request[name] is JsonArray items
            ? items.OfType<JsonObject>().Select(item => (item.OptionalString("Name") ?? "", item.OptionalString("Value") ?? "")).ToList()
            : [];

    /// <summary>Epoch seconds with millisecond precision, as Cognito writes dates.</summary>
    public static JsonNode Epoch(DateTimeOffset time) => JsonValue.Create(Math.Round(time.ToUnixTimeMilliseconds() / 1000.0, 3));
}
