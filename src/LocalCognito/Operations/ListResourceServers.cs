using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ListResourceServers(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListResourceServers";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var (page, next) = Paging.Page(store.ResourceServers(pool.Id), server => server.Identifier,
            request.OptionalString("NextToken"), request.Int("MaxResults") ?? 50);
        var response = new JsonObject
        {
            ["ResourceServers"] = new JsonArray(page.Select(server => (JsonNode)ResourceServerRules.Describe(server)).ToArray()),
        };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
