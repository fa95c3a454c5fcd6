using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class CreateResourceServer(CognitoStore store) : ICognitoOperation
{
    public string Name => "CreateResourceServer";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var server = ResourceServerRules.FromRequest(pool, request);
        if (!store.TryAddResourceServer(server))
        {
            throw Errors.InvalidParameter($"A resource server with identifier {server.Identifier} already exists in the user pool.");
        }

        return new JsonObject { ["ResourceServer"] = ResourceServerRules.Describe(server) };
    }
}
