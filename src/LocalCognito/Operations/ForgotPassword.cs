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
public sealed class ForgotPassword(CognitoStore store, PasswordResetCodes codes, AttemptLimits limits) : ICognitoOperation
{
    public string Name => "ForgotPassword";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        SecretHash.Check(client, username, request.OptionalString("SecretHash"));
        var found = store.FindUser(pool, username);
        if (found is not { Enabled: true } && client.PreventUserExistenceErrors)
        {
            return new JsonObject { ["CodeDeliveryDetails"] = SimulatedDelivery.For(pool, username) };
        }

        if (found is { Enabled: false })
        {
            throw Errors.UserDisabled();
        }

        if (found is not null)
        {
            limits.PasswordResetCodes.Take(found);
        }

        JsonObject? delivery = null;
        store.UpdateUser(pool, username, Errors.UsernameClientNotFound, user => delivery = codes.Send(pool, user));
        return new JsonObject { ["CodeDeliveryDetails"] = delivery };
    }
}
