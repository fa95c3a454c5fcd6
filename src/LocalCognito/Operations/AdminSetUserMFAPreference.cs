using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminSetUserMFAPreference(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminSetUserMFAPreference";

    public JsonObject Execute(JsonObject request)
    {
        lock (store.Sync)
        {
            var pool = store.RequirePool(request.Required("UserPoolId"));
            var user = store.RequireUser(pool, request.Required("Username"));
            MfaPreference.Apply(user, request);
            user.LastModifiedDate = time.GetUtcNow();
            store.SaveUser(user);
        }
        return new JsonObject();
    }
}
