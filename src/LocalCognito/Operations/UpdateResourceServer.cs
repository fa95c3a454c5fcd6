using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Replaces a resource server's name and scopes (scopes left out are removed, as Cognito documents).</summary>
public sealed class UpdateResourceServer(CognitoStore store) : ICognitoOperation
{
    public string Name => "UpdateResourceServer";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var server = ResourceServerRules.FromRequest(pool, request);
        if (!store.ReplaceResourceServer(server))
        {
            throw ResourceServerRules.NotFound(server.Identifier);
        }

        return new JsonObject { ["ResourceServer"] = ResourceServerRules.Describe(server) };
    }
}
