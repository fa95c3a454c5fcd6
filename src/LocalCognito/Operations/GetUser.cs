using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.Operations;

public sealed class GetUser(TokenService tokens) : ICognitoOperation
{
    public string Name => "GetUser";

    public JsonObject Execute(JsonObject request)
    {
        var (_, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        var response = new JsonObject
        {
            ["Username"] = user.Username,
            ["UserAttributes"] = UserView.Attributes(user),
        };
        UserView.AddMfaSettings(response, user);
        return response;
    }
}
