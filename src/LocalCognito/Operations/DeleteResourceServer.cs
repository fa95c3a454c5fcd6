using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteResourceServer(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteResourceServer";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var identifier = request.Required("Identifier");
        if (!store.DeleteResourceServer(pool.Id, identifier))
        {
            throw ResourceServerRules.NotFound(identifier);
        }

        return new JsonObject();
    }
}
