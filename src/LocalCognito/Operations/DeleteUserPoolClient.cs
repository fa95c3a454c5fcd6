using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteUserPoolClient(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteUserPoolClient";

    public JsonObject Execute(JsonObject request)
    {
        var (_, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        store.DeleteClient(client.ClientId);
        return new JsonObject();
    }
}
