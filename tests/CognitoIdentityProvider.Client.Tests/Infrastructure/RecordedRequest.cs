using System.Text.Json.Nodes;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>One HTTP request as the server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    public JsonNode? Json => JsonNode.Parse(Body);
}
