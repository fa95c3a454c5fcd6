using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminSetUserPassword(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminSetUserPassword";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var password = request.Required("Password");
        PasswordPolicy.From(pool.Settings).Check(password);
        lock (store.Sync)
        {
            var user = store.RequireUser(pool, request.Required("Username"));
            user.Password = PasswordHasher.Create(pool.SrpRealm, user.Username, password);
            user.Status = request.Bool("Permanent") == true ? UserStatus.Confirmed : UserStatus.ForceChangePassword;
            user.LastModifiedDate = time.GetUtcNow();
            store.SaveUser(user);
        }
        return new JsonObject();
    }
}
