using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Adds a user to a group (adding a member again changes nothing).</summary>
public sealed class AdminAddUserToGroup(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminAddUserToGroup";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        store.UpdateMembership(pool, request.Required("Username"), request.Required("GroupName"), member: true, Errors.UserNotFound, GroupView.NotFound);
        return new JsonObject();
    }
}
