using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ListUsersInGroup(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListUsersInGroup";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var group = GroupView.Require(store, pool, request.Required("GroupName"));
        var members = store.Users(pool.Id).Where(user => user.Groups.Contains(group.GroupName)).ToList();
        return GroupView.Page(members, user => user.Username, user => UserView.Summary(user), "Users", request);
    }
}
