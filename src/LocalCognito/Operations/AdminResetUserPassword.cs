using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Puts the user in RESET_REQUIRED and sends a reset code; sign-in then fails until ConfirmForgotPassword.</summary>
public sealed class AdminResetUserPassword(CognitoStore store, OneTimeCodes codes, TimeProvider time) : ICognitoOperation
{
    public string Name => "AdminResetUserPassword";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var (_, issued) = store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound, user =>
        {
            // A user who never set a password of their own has nothing to reset (AdminCreateUser RESEND is the way).
            if (user.Status == UserStatus.ForceChangePassword)
            {
                throw LifecycleErrors.CannotResetInCurrentState();
            }

            var issued = codes.IssuePasswordReset(pool, user);
            user.Status = UserStatus.ResetRequired;
            user.LastModifiedDate = time.GetUtcNow();
            return issued;
        });
        codes.Deliver(issued);
        return new JsonObject();
    }
}
