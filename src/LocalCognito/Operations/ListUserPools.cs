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
        var (page, next) = Paging.Page(store.Pools().OrderBy(p => p.Id, StringComparer.Ordinal).ToList(), p => p.Id, request.OptionalString("NextToken"), limit);
        var response = new JsonObject
        {
            ["UserPools"] = new JsonArray(page.Select(p => (JsonNode)new JsonObject
            {
                ["Id"] = p.Id,
                ["Name"] = p.Name,
                ["LambdaConfig"] = new JsonObject(),
                ["LastModifiedDate"] = JsonRequest.Epoch(p.LastModifiedDate),
                ["CreationDate"] = JsonRequest.Epoch(p.CreationDate),
            }).ToArray()),
        };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
