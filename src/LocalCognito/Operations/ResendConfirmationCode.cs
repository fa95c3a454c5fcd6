using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ResendConfirmationCode(CognitoStore store, ConfirmationCodes codes, CodeResendLimit resends, AttemptLimits limits) : ICognitoOperation
{
    public string Name => "ResendConfirmationCode";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        SecretHash.Check(client, username, request.OptionalString("SecretHash"));
        var found = store.FindUser(pool, username);
        if (found is null && client.PreventUserExistenceErrors)
        {
            return new JsonObject { ["CodeDeliveryDetails"] = SimulatedDelivery.For(pool, username) };
        }

        if (found is { Status: UserStatus.Unconfirmed })
        {
            limits.SignUpConfirmationCodes.Take(found);
        }

        JsonObject? delivery = null;
        store.UpdateUser(pool, username, Errors.UsernameClientNotFound, user =>
        {
            if (user.Status != UserStatus.Unconfirmed)
            {
                throw Errors.InvalidParameter("User is already confirmed.");
            }

            resends.Take(user);
            delivery = codes.Send(pool, user); // replaces the previous code, keeping the count of wrong tries
        });
        return new JsonObject { ["CodeDeliveryDetails"] = delivery };
    }
}
