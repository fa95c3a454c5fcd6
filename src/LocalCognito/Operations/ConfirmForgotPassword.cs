using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.Triggers;

namespace LocalCognito.Operations;

/// <summary>
/// Sets a new password with the code ForgotPassword or AdminResetUserPassword sent. A disabled user is answered as an
/// unknown one (CodeMismatchException with PreventUserExistenceErrors, else "User is disabled.") and nothing changes.
/// Every entry counts toward the hourly limit on reset codes (<see cref="AttemptLimits"/>).
/// </summary>
public sealed class ConfirmForgotPassword(CognitoStore store, OneTimeCodes codes, AttemptLimits limits, TimeProvider time,
    PostConfirmationTrigger postConfirmation) : ICognitoOperation
{
    public string Name => "ConfirmForgotPassword";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        SecretHash.Check(client, username, request.OptionalString("SecretHash"));
        var code = request.Required("ConfirmationCode");
        var password = request.Required("Password");
        PasswordPolicy.From(pool.Settings).Check(password);
        if (store.FindUser(pool, username) is { } found)
        {
            if (!found.Enabled)
            {
                throw client.PreventUserExistenceErrors ? Errors.SignUpCodeMismatch() : Errors.UserDisabled();
            }

            limits.PasswordResetCodes.Take(found);
        }

        var newPassword = PasswordHasher.Create(pool.SrpRealm, store.FindUser(pool, username)?.Username ?? username, password);
        var (updated, rejection) = store.UpdateUser(pool, username,
            () => client.PreventUserExistenceErrors ? Errors.SignUpCodeMismatch() : Errors.UsernameClientNotFound(), user =>
            {
                // A wrong code is still stored: failed attempts count towards the limit.
                var rejection = codes.Check(user, CodePurpose.PasswordReset, code);
                if (rejection is not null)
                {
                    return rejection;
                }

                user.Password = newPassword;
                user.HasPassword = true;
                if (user.Status is UserStatus.ForceChangePassword or UserStatus.ResetRequired)
                {
                    user.Status = UserStatus.Confirmed;
                }

                user.TemporaryPasswordIssuedAt = null;
                user.LastModifiedDate = time.GetUtcNow();
                return null;
            });
        if (rejection is not null)
        {
            throw rejection;
        }

        postConfirmation.Run(pool, PostConfirmationTrigger.ConfirmForgotPassword, updated, client.ClientId, request["ClientMetadata"]);
        return new JsonObject();
    }
}
