using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The ids and creation dates of an app client's secrets, never their values. With at most two secrets there is a
/// single page, so no NextToken is returned (as Cognito documents).
/// </summary>
public sealed class ListUserPoolClientSecrets(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListUserPoolClientSecrets";

    public JsonObject Execute(JsonObject request)
    {
        var (_, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        var secrets = client.Secrets().Select(secret => (JsonNode)new JsonObject
        {
            ["ClientSecretId"] = secret.Id,
            ["ClientSecretCreateDate"] = JsonRequest.Epoch(secret.CreateDate),
        });
        return new JsonObject { ["ClientSecrets"] = new JsonArray([.. secrets]) };
    }
}
