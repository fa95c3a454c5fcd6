using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Removes a user from a group (removing a non-member changes nothing).</summary>
public sealed class AdminRemoveUserFromGroup(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminRemoveUserFromGroup";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        store.UpdateMembership(pool, request.Required("Username"), request.Required("GroupName"), member: false, Errors.UserNotFound, GroupView.NotFound);
        return new JsonObject();
    }
}
