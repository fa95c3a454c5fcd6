using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class SetUserMFAPreference(CognitoStore store, TokenService tokens, TimeProvider time) : ICognitoOperation
{
    public string Name => "SetUserMFAPreference";

    public JsonObject Execute(JsonObject request)
    {
        var (_, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        lock (store.Sync)
        {
            MfaPreference.Apply(user, request);
            user.LastModifiedDate = time.GetUtcNow();
            store.SaveUser(user);
        }
        return new JsonObject();
    }
}
