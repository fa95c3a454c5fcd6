using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminConfirmSignUp(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminConfirmSignUp";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound, user =>
        {
            if (user.Status != UserStatus.Unconfirmed)
            {
                throw Errors.NotAuthorized($"User cannot be confirmed. Current status is {user.Status}");
            }

            // No code went to the mailbox, so the email stays unverified (as in Cognito).
            ConfirmSignUp.Confirm(pool, user, time.GetUtcNow(), emailVerified: false);
        });
        return new JsonObject();
    }
}
