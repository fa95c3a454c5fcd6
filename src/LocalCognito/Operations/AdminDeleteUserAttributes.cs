using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminDeleteUserAttributes(CognitoStore store, AttributeChanges changes) : ICognitoOperation
{
    public string Name => "AdminDeleteUserAttributes";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var names = request.StringList("UserAttributeNames");
        store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound,
            user => changes.Delete(pool, null, user, names, AttributeWriter.Admin));
        return new JsonObject();
    }
}
