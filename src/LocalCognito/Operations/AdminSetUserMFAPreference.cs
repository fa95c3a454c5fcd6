using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminSetUserMFAPreference(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminSetUserMFAPreference";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound, user =>
        {
            MfaPreference.Apply(pool, user, request);
            user.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject();
    }
}
