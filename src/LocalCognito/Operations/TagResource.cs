using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Adds tags to a user pool named by its ARN; a key it already has gets the new value. See <see cref="TagRules"/>.
/// </summary>
public sealed class TagResource(CognitoStore store, ServerInfo server) : ICognitoOperation
{
    public string Name => "TagResource";

    public JsonObject Execute(JsonObject request)
    {
        var pool = PoolArn.Resolve(store, server.Region, request.Required("ResourceArn"));
        var tags = request.Map("Tags");
        TagRules.Check(tags);
        switch (store.TagPool(pool.Id, tags, TagRules.MaxTags))
        {
            case CognitoStore.TagChange.NoPool:
                throw Errors.ResourceNotFound($"Resource {request.Required("ResourceArn")} does not exist.");
            case CognitoStore.TagChange.TooMany:
                throw TagRules.TooMany();
        }

        return new JsonObject();
    }
}
