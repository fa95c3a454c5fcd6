using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteUserAttributes(CognitoStore store, TokenService tokens, AttributeChanges changes) : ICognitoOperation
{
    public string Name => "DeleteUserAttributes";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, tokenUser, client) = SignedIn.From(tokens, store, request.Required("AccessToken"));
        var names = request.StringList("UserAttributeNames");
        store.UpdateUser(pool, tokenUser.Username, Errors.AccessTokenRevoked,
            user => changes.Delete(pool, client, user, names, AttributeWriter.Self));
        return new JsonObject();
    }
}
