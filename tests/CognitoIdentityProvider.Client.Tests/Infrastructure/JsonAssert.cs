using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>Compares JSON documents by meaning: key order and number spelling (10 vs 10.0) do not matter.</summary>
public static class JsonAssert
{
    public static void Equivalent(string expected, string actual)
    {
        var expectedCanonical = Canonical(JsonNode.Parse(expected));
        var actualCanonical = Canonical(JsonNode.Parse(actual));
        Assert.Equal(expectedCanonical, actualCanonical);
    }

    /// <summary>A single-line rendering with sorted keys and normalised numbers.</summary>
    public static string Canonical(JsonNode? node) => node switch
    {
        null => "null",
        JsonObject obj => "{" + string.Join(",", obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => JsonSerializer.Serialize(p.Key) + ":" + Canonical(p.Value))) + "}",
        JsonArray array => "[" + string.Join(",", array.Select(Canonical)) + "]",
        JsonValue value when value.GetValueKind() == JsonValueKind.Number =>
            decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture).ToString("G29", CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };
}
