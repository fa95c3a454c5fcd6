using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminGetUser(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminGetUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        var response = new JsonObject
        {
            ["Username"] = user.Username,
            ["UserAttributes"] = UserView.Attributes(user),
            ["UserCreateDate"] = JsonRequest.Epoch(user.CreateDate),
            ["UserLastModifiedDate"] = JsonRequest.Epoch(user.LastModifiedDate),
            ["Enabled"] = user.Enabled,
            ["UserStatus"] = user.Status,
        };
        UserView.AddMfaSettings(response, user);
        return response;
    }
}
