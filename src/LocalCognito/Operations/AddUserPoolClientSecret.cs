using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Adds a second secret to a confidential app client for rotation; both are accepted until one is deleted.
/// Cognito returns ClientSecretValue only for a secret it generated, never for one the caller supplied.
/// </summary>
public sealed class AddUserPoolClientSecret(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AddUserPoolClientSecret";

    public JsonObject Execute(JsonObject request)
    {
        var (_, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        var supplied = request.OptionalString("ClientSecret");
        var secret = new ClientSecretEntry($"{client.ClientId}--{Guid.NewGuid():N}", supplied ?? Ids.ClientSecret(), time.GetUtcNow());
        ClientSecretErrors.ThrowUnlessDone(store.AddClientSecret(client.ClientId, secret), client.ClientId, secret.Id);

        var descriptor = new JsonObject
        {
            ["ClientSecretId"] = secret.Id,
            ["ClientSecretCreateDate"] = JsonRequest.Epoch(secret.CreateDate),
        };
        if (supplied is null)
        {
            descriptor["ClientSecretValue"] = secret.Value;
        }

        return new JsonObject { ["ClientSecretDescriptor"] = descriptor };
    }
}
