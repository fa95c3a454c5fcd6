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
        var (_, user, client) = SignedIn.From(tokens, store, request.Required("AccessToken"));
        var readable = user.Attributes.Select(a => a.Name).Where(name => client is null || AttributePermissions.ClientMayRead(client, name)).ToList();
        var response = new JsonObject
        {
            ["Username"] = user.Username,
            ["UserAttributes"] = UserView.Attributes(user, readable),
        };
        UserView.AddMfaSettings(response, user);
        return response;
    }
}
