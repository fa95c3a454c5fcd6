using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The legacy SMS MFA settings of the signed-in user: see <see cref="LegacyMfaOptions"/>.</summary>
public sealed class SetUserSettings(TokenService tokens, CognitoStore store) : ICognitoOperation
{
    public string Name => "SetUserSettings";

    public JsonObject Execute(JsonObject request)
    {
        SignedIn.From(tokens, store, request.Required("AccessToken"));
        LegacyMfaOptions.RequireNone(request);
        return new JsonObject();
    }
}
