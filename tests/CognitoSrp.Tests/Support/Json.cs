using System.Text.Json.Nodes;

namespace CognitoSrp.Tests.Support;

internal static class Json
{
    /// <summary>A string property of a witness script's output, failing clearly when it is missing.</summary>
    public static string Text(this JsonNode node, string name) =>
        node[name]?.GetValue<string>() ?? throw new InvalidOperationException($"The witness output has no \"{name}\": {node.ToJsonString()}");

    public static JsonArray ArrayOf(IEnumerable<JsonNode> items) => new(items.ToArray());
}
