using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The signed-in user changes their attributes, within their app client's write permissions.</summary>
public sealed class UpdateUserAttributes(CognitoStore store, TokenService tokens, AttributeChanges changes, OneTimeCodes codes) : ICognitoOperation
{
    public string Name => "UpdateUserAttributes";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, tokenUser, client) = SignedIn.From(tokens, store, request.Required("AccessToken"));
        var attributes = request.Attributes("UserAttributes");
        var (_, issued) = store.UpdateUser(pool, tokenUser.Username, Errors.AccessTokenRevoked,
            user => changes.Update(pool, client, user, attributes, AttributeWriter.Self));
        var response = new JsonObject();
        if (issued.Count > 0)
        {
            response["CodeDeliveryDetailsList"] = new JsonArray(issued.Select(code => (JsonNode)codes.Deliver(code)).ToArray());
        }

        return response;
    }
}
