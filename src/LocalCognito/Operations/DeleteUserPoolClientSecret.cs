using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Deletes one secret of an app client; the last remaining secret cannot be deleted.</summary>
public sealed class DeleteUserPoolClientSecret(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteUserPoolClientSecret";

    public JsonObject Execute(JsonObject request)
    {
        var (_, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        var secretId = request.Required("ClientSecretId");
        ClientSecretErrors.ThrowUnlessDone(store.DeleteClientSecret(client.ClientId, secretId), client.ClientId, secretId);
        return new JsonObject();
    }
}
