using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DescribeResourceServer(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeResourceServer";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var identifier = request.Required("Identifier");
        var server = store.FindResourceServer(pool.Id, identifier) ?? throw ResourceServerRules.NotFound(identifier);
        return new JsonObject { ["ResourceServer"] = ResourceServerRules.Describe(server) };
    }
}
