using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ListUserPoolClients(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListUserPoolClients";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var clients = store.Clients(pool.Id).OrderBy(c => c.ClientId, StringComparer.Ordinal).ToList();
        var (page, next) = Paging.Page(clients, c => c.ClientId, request.OptionalString("NextToken"), request.Int("MaxResults") ?? 60);
        var response = new JsonObject
        {
            ["UserPoolClients"] = new JsonArray(page.Select(c => (JsonNode)new JsonObject
            {
                ["ClientId"] = c.ClientId,
                ["UserPoolId"] = c.UserPoolId,
                ["ClientName"] = c.ClientName,
            }).ToArray()),
        };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
