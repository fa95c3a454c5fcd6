using System.Text.Json.Nodes;

namespace LocalCognito.Triggers;

/// <summary>What one invocation carries besides the pool: the trigger source, the user, the client, and the request.</summary>
public sealed record TriggerEventData(string TriggerSource, string UserName, string? ClientId, JsonObject Request)
{
    /// <summary>The event's version ("1"; PreTokenGeneration V2_0 sends "2", V3_0 "3").</summary>
    public string Version { get; init; } = "1";

    /// <summary>The response fields the function starts from (Cognito sends them with null or default values).</summary>
    public JsonObject Response { get; init; } = new();
}
