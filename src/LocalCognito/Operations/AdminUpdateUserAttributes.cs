using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>An administrator changes a user's attributes; unlike the user, it may set email_verified.</summary>
public sealed class AdminUpdateUserAttributes(CognitoStore store, AttributeChanges changes, OneTimeCodes codes) : ICognitoOperation
{
    public string Name => "AdminUpdateUserAttributes";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var attributes = request.Attributes("UserAttributes");
        var (_, issued) = store.UpdateUser(pool, request.Required("Username"), Errors.UserNotFound,
            user => changes.Update(pool, null, user, attributes, AttributeWriter.Admin));
        foreach (var code in issued)
        {
            codes.Deliver(code);
        }
        return new JsonObject();
    }
}
