using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Removes tags by key from a user pool named by its ARN; keys the pool does not have are ignored.</summary>
public sealed class UntagResource(CognitoStore store, ServerInfo server) : ICognitoOperation
{
    public string Name => "UntagResource";

    public JsonObject Execute(JsonObject request)
    {
        var arn = request.Required("ResourceArn");
        var pool = PoolArn.Resolve(store, server.Region, arn);
        if (!store.UntagPool(pool.Id, request.StringList("TagKeys")))
        {
            throw Errors.ResourceNotFound($"Resource {arn} does not exist.");
        }

        return new JsonObject();
    }
}
