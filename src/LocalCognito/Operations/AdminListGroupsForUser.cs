using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminListGroupsForUser(CognitoStore store) : ICognitoOperation
{
    public string Name => "AdminListGroupsForUser";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var user = store.RequireUser(pool, request.Required("Username"));
        var groups = store.Groups(pool.Id).Where(group => user.Groups.Contains(group.GroupName)).ToList();
        return GroupView.Page(groups, group => group.GroupName, GroupView.Describe, "Groups", request);
    }
}
