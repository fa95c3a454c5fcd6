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
        store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound, user =>
        {
            user.Password = PasswordHasher.Create(pool.SrpRealm, user.Username, password);
            user.HasPassword = true;
            user.Status = request.Bool("Permanent") == true ? UserStatus.Confirmed : UserStatus.ForceChangePassword;
            user.TemporaryPasswordIssuedAt = user.Status == UserStatus.ForceChangePassword ? time.GetUtcNow() : null;
            user.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject();
    }
}
