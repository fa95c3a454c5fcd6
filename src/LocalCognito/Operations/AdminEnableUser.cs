using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Reactivates a user; tokens revoked when the user was disabled stay revoked.</summary>
public sealed class AdminEnableUser(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminEnableUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound, user =>
        {
            user.Enabled = true;
            user.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject();
    }
}
