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
        var (pool, tokenUser, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        store.UpdateUser(pool, tokenUser.Username, Errors.AccessTokenRevoked, user =>
        {
            MfaPreference.Apply(pool, user, request);
            user.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject();
    }
}
