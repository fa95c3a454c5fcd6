using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>A resource server: an API identifier whose scopes app clients can be given as "{Identifier}/{ScopeName}".</summary>
public sealed class ResourceServer
{
    public required string UserPoolId { get; set; }
    public required string Identifier { get; set; }
    public required string Name { get; set; }
    /// <summary>The scopes as the API gives them: [{ScopeName, ScopeDescription}].</summary>
    public JsonArray Scopes { get; set; } = [];

    /// <summary>The full scope names clients request: "{Identifier}/{ScopeName}".</summary>
    public IEnumerable<string> ScopeNames =>
        Scopes.OfType<JsonObject>().Select(scope => Identifier + "/" + scope["ScopeName"]!.GetValue<string>());
}
