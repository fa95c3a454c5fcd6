using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// ForgotPassword and ResendConfirmationCode: a client asks for a code for a user by name. An unknown name gets a
/// simulated delivery when the client prevents user-existence errors, so the answer reveals nothing.
/// Every request counts toward an hourly limit (<see cref="AttemptLimits"/>), taken by <c>send</c> before the store update.
/// </summary>
public static class CodeRequest
{
    /// <param name="send">Gives the named user a code and returns its CodeDeliveryDetails.</param>
    /// <param name="disabledLikeUnknown">A disabled user is answered as an unknown one (ForgotPassword).</param>
    public static JsonObject Answer(CognitoStore store, JsonObject request, Func<UserPool, string, JsonObject> send, bool disabledLikeUnknown = false)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        SecretHash.Check(client, username, request.OptionalString("SecretHash"));
        var found = store.FindUser(pool, username);
        var answeredAsUnknown = found is null || (disabledLikeUnknown && !found.Enabled);
        var delivery = answeredAsUnknown && client.PreventUserExistenceErrors
            ? SimulatedDelivery.For(pool, username)
            : send(pool, username);
        return new JsonObject { ["CodeDeliveryDetails"] = delivery };
    }
}
