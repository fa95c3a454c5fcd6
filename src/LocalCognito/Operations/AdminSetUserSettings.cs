using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The legacy SMS MFA settings of a user, by an administrator: see <see cref="LegacyMfaOptions"/>.</summary>
public sealed class AdminSetUserSettings(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminSetUserSettings";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        store.RequireUser(pool, request.Required("Username"));
        LegacyMfaOptions.RequireNone(request);
        return new JsonObject();
    }
}
