using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ListUserPools(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListUserPools";

    public JsonObject Execute(JsonObject request)
    {
        var limit = request.Int("MaxResults") ?? 60;
        var pools = store.Pools().OrderBy(pool => pool.Id, StringComparer.Ordinal).ToList();
        var (page, next) = Paging.Page(pools, pool => pool.Id, request.OptionalString("NextToken"), limit);
        var response = new JsonObject
        {
            ["UserPools"] = new JsonArray(page.Select(pool => (JsonNode)new JsonObject
            {
                ["Id"] = pool.Id,
                ["Name"] = pool.Name,
                ["LambdaConfig"] = new JsonObject(),
                ["LastModifiedDate"] = JsonRequest.Epoch(pool.LastModifiedDate),
                ["CreationDate"] = JsonRequest.Epoch(pool.CreationDate),
            }).ToArray()),
        };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
