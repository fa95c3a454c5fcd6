using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>An administrator changes a user's attributes; unlike the user, it may set email_verified (taking a verified alias from another user).</summary>
public sealed class AdminUpdateUserAttributes(CognitoStore store, AttributeChanges changes, OneTimeCodes codes) : ICognitoOperation
{
    public string Name => "AdminUpdateUserAttributes";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var attributes = request.Attributes("UserAttributes");
        // An administrator who marks an email or phone number verified moves that alias from whoever held it.
        var (_, issued) = store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound,
            user => changes.Update(pool, null, user, attributes, AttributeWriter.Admin), AliasConflict.Move);
        foreach (var code in issued)
        {
            codes.Deliver(code);
        }
        return new JsonObject();
    }
}
