using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ConfirmSignUp(CognitoStore store, ConfirmationCodes codes, TimeProvider time) : ICognitoOperation
{
    public string Name => "ConfirmSignUp";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        SecretHash.Check(client, username, request.Str("SecretHash"));
        lock (store.Sync)
        {
            var user = store.FindUser(pool, username)
                       ?? throw (client.PreventUserExistenceErrors ? Errors.SignUpCodeMismatch() : Errors.UsernameClientNotFound());
            if (user.Status != UserStatus.Unconfirmed)
            {
                throw Errors.NotAuthorized($"User cannot be confirmed. Current status is {user.Status}");
            }

            try
            {
                codes.Check(user, request.Required("ConfirmationCode"));
            }
            finally
            {
                store.SaveUser(user); // failed attempts count too
            }
            Confirm(pool, user, time.GetUtcNow(), emailVerified: true);
            store.SaveUser(user);
        }
        return new JsonObject();
    }

    /// <summary>UNCONFIRMED -> CONFIRMED; a code sent to the email also verifies it when the pool auto-verifies email.</summary>
    public static void Confirm(UserPool pool, User user, DateTimeOffset now, bool emailVerified)
    {
        user.Status = UserStatus.Confirmed;
        user.ConfirmationCode = null;
        if (emailVerified && pool.AutoVerifiedAttributes.Contains("email") && user.GetAttribute("email") is not null)
        {
            user.SetAttribute("email_verified", "true");
        }

        user.LastModifiedDate = now;
    }
}
