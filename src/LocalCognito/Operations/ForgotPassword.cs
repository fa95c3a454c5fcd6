using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Sends a password-reset code to the user's verified email or phone (the outbox stands in for both).</summary>
public sealed class ForgotPassword(CognitoStore store, PasswordResetCodes codes) : ICognitoOperation
{
    public string Name => "ForgotPassword";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        SecretHash.Check(client, username, request.OptionalString("SecretHash"));
        if (store.FindUser(pool, username) is null && client.PreventUserExistenceErrors)
        {
            return new JsonObject { ["CodeDeliveryDetails"] = SimulatedDelivery.For(pool, username) };
        }

        JsonObject? delivery = null;
        store.UpdateUser(pool, username, Errors.UsernameClientNotFound, user => delivery = codes.Send(pool, user));
        return new JsonObject { ["CodeDeliveryDetails"] = delivery };
    }
}
