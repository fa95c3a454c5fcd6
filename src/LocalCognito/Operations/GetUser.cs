using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class GetUser(CognitoStore store, TokenService tokens) : ICognitoOperation
{
    public string Name => "GetUser";

    public JsonObject Execute(JsonObject request)
    {
        var (_, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        lock (store.Sync)
        {
            var response = new JsonObject
            {
                ["Username"] = user.Username,
                ["UserAttributes"] = UserView.Attributes(user),
            };
            UserView.AddMfaSettings(response, user);
            return response;
        }
    }
}
