using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The documented defaults an app client reports when it was created (or updated) without them: tokens valid
/// 60 minutes (access, id) and 30 days (refresh) with their units, token revocation on, LEGACY existence errors,
/// no refresh-token rotation.
/// </summary>
public static class ClientDefaults
{
    public static void Apply(JsonObject view, AppClient client)
    {
        view["RefreshTokenValidity"] ??= 30;
        view["AccessTokenValidity"] ??= 60;
        view["IdTokenValidity"] ??= 60;
        view["TokenValidityUnits"] = new JsonObject
        {
            ["AccessToken"] = client.ValidityUnit("AccessToken"),
            ["IdToken"] = client.ValidityUnit("IdToken"),
            ["RefreshToken"] = client.ValidityUnit("RefreshToken"),
        };
        view["PreventUserExistenceErrors"] ??= "LEGACY";
        view["EnableTokenRevocation"] = client.TokenRevocationEnabled;
        view["EnablePropagateAdditionalUserContextData"] ??= false;
        view["AllowedOAuthFlowsUserPoolClient"] ??= false;
        view["RefreshTokenRotation"] ??= new JsonObject { ["Feature"] = "DISABLED", ["RetryGracePeriodSeconds"] = 0 };
    }
}
