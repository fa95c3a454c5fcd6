using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Deactivates a user: no more sign-ins ("User is disabled."), and every token issued so far is revoked.</summary>
public sealed class AdminDisableUser(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminDisableUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound, user =>
        {
            user.Enabled = false;
            user.LastModifiedDate = time.GetUtcNow();
        });
        store.RevokeGrants(pool.Id, pool.UsernameKey(user.Username));
        return new JsonObject();
    }
}
