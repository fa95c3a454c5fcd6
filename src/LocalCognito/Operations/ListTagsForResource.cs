using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The tags of a user pool named by its ARN: those of CreateUserPool's UserPoolTags, TagResource and UpdateUserPool.</summary>
public sealed class ListTagsForResource(CognitoStore store, ServerInfo server) : ICognitoOperation
{
    public string Name => "ListTagsForResource";

    public JsonObject Execute(JsonObject request)
    {
        var arn = request.Required("ResourceArn");
        var pool = PoolArn.Resolve(store, server.Region, arn);
        var tags = store.PoolTags(pool.Id) ?? throw Errors.ResourceNotFound($"Resource {arn} does not exist.");
        var map = new JsonObject();
        foreach (var (key, value) in tags.OrderBy(tag => tag.Key, StringComparer.Ordinal))
        {
            map[key] = value;
        }

        return new JsonObject { ["Tags"] = map };
    }
}
