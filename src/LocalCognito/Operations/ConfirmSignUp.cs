using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;
using LocalCognito.Triggers;

namespace LocalCognito.Operations;

public sealed class ConfirmSignUp(CognitoStore store, OneTimeCodes codes, SignInSessions sessions, AttemptLimits limits, TimeProvider time,
    PostConfirmationTrigger postConfirmation) : ICognitoOperation
{
    public string Name => "ConfirmSignUp";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        var username = request.Required("Username");
        SecretHash.Check(client, username, request.OptionalString("SecretHash"));
        var code = request.Required("ConfirmationCode");
        // Every entry for an unconfirmed user counts toward the hourly limit on confirmation codes (requests too).
        if (store.FindUser(pool, username) is { Status: UserStatus.Unconfirmed } found)
        {
            limits.SignUpConfirmationCodes.Take(found);
        }

        // ForceAliasCreation moves a verified email or phone alias another user holds to this user.
        var onAliasConflict = request["ForceAliasCreation"]?.GetValue<bool>() == true ? AliasConflict.Move : AliasConflict.Refuse;
        var (confirmed, rejection) = store.UpdateUser(pool, username,
            () => client.PreventUserExistenceErrors ? Errors.SignUpCodeMismatch() : Errors.UsernameClientNotFound(), user =>
            {
                if (user.Status != UserStatus.Unconfirmed)
                {
                    throw Errors.NotAuthorized($"User cannot be confirmed. Current status is {user.Status}");
                }

                // A wrong code is still stored: failed attempts count towards the limit.
                var rejection = codes.Check(user, CodePurpose.SignUpConfirmation, code);
                if (rejection is null)
                {
                    Confirm(pool, user, time.GetUtcNow(), emailVerified: true);
                }

                return rejection;
            }, onAliasConflict);
        if (rejection is not null)
        {
            throw rejection;
        }

        // After the commit, outside the store lock; the user stays confirmed when the function fails, as on Cognito.
        postConfirmation.Run(pool, PostConfirmationTrigger.ConfirmSignUp, confirmed, client.ClientId, request["ClientMetadata"]);

        // A client with USER_AUTH gets a Session that signs the new user in without asking again (InitiateAuth USER_AUTH).
        return client.AllowsFlow("ALLOW_USER_AUTH")
            ? new JsonObject { ["Session"] = sessions.ForSignUp(pool, client, confirmed.Username, SessionStep.SignUpConfirmed) }
            : new JsonObject();
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
