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
        var clients = store.Clients(pool.Id).OrderBy(client => client.ClientId, StringComparer.Ordinal).ToList();
        var (page, next) = Paging.Page(clients, client => client.ClientId, request.OptionalString("NextToken"), request.Int("MaxResults") ?? 60);
        var response = new JsonObject
        {
            ["UserPoolClients"] = new JsonArray(page.Select(client => (JsonNode)new JsonObject
            {
                ["ClientId"] = client.ClientId,
                ["UserPoolId"] = client.UserPoolId,
                ["ClientName"] = client.ClientName,
            }).ToArray()),
        };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
