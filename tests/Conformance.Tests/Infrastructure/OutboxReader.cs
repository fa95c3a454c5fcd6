using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>Reads the codes LocalCognito "sent" from GET /_local/outbox, as a person would read their mail.</summary>
public sealed class OutboxReader(HttpClient http)
{
    public async Task<string> LatestCodeForAsync(string username)
    {
        var url = $"_local/outbox?username={Uri.EscapeDataString(username)}";
        var messages = JsonNode.Parse(await http.GetStringAsync(url))?.AsArray() ?? [];
        var latest = messages.LastOrDefault();
        var code = latest?["code"]?.GetValue<string>();
        Assert.False(string.IsNullOrEmpty(code), $"GET /{url} returned no message with a code for {username} ({messages.Count} messages).");
        return code!;
    }
}
