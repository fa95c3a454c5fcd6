using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>What Create/UpdateResourceServer check, and how a resource server appears in responses.</summary>
public static class ResourceServerRules
{
    /// <summary>A resource server from the request, its scope names unique.</summary>
    public static ResourceServer FromRequest(UserPool pool, JsonObject request)
    {
        var scopes = request["Scopes"] as JsonArray ?? [];
        var duplicate = scopes.OfType<JsonObject>().Select(scope => scope.OptionalString("ScopeName") ?? "")
            .GroupBy(name => name, StringComparer.Ordinal).FirstOrDefault(group => group.Count() > 1);
        if (duplicate is not null)
        {
            throw Errors.InvalidParameter($"Duplicate scope name {duplicate.Key} in the resource server's scopes.");
        }

        return new ResourceServer
        {
            UserPoolId = pool.Id,
            Identifier = request.Required("Identifier"),
            Name = request.Required("Name"),
            Scopes = new JsonArray(scopes.OfType<JsonObject>().Select(scope => (JsonNode)new JsonObject
            {
                ["ScopeName"] = scope.OptionalString("ScopeName"),
                ["ScopeDescription"] = scope.OptionalString("ScopeDescription"),
            }).ToArray()),
        };
    }

    public static CognitoException NotFound(string identifier) =>
        Errors.ResourceNotFound($"Resource server {identifier} does not exist.");

    public static JsonObject Describe(ResourceServer server) => new()
    {
        ["UserPoolId"] = server.UserPoolId,
        ["Identifier"] = server.Identifier,
        ["Name"] = server.Name,
        ["Scopes"] = server.Scopes.DeepClone(),
    };
}
