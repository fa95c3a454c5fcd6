using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteUser(CognitoStore store, TokenService tokens) : ICognitoOperation
{
    public string Name => "DeleteUser";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        store.DeleteUser(pool, user.Username);
        return new JsonObject();
    }
}
