using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Sends a password-reset code to the user's verified email or phone (the outbox stands in for both).
/// A disabled user gets what an unknown user gets: with PreventUserExistenceErrors a simulated delivery (no code exists),
/// otherwise "User is disabled.". Requests count toward the hourly limit on reset codes (<see cref="AttemptLimits"/>).
/// </summary>
public sealed class ForgotPassword(CognitoStore store, OneTimeCodes codes, AttemptLimits limits) : ICognitoOperation
{
    public string Name => "ForgotPassword";

    public JsonObject Execute(JsonObject request) => CodeRequest.Answer(store, request, (pool, username) =>
    {
        if (store.FindUser(pool, username) is { } found)
        {
            if (!found.Enabled)
            {
                throw Errors.UserDisabled();
            }

            limits.PasswordResetCodes.Take(found);
        }

        var (_, issued) = store.UpdateUser(pool, username, Errors.UsernameClientNotFound, user => codes.IssuePasswordReset(pool, user));
        return codes.Deliver(issued);
    }, disabledLikeUnknown: true);
}
