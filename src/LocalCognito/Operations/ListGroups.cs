using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class ListGroups(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListGroups";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        return GroupView.Page(store.Groups(pool.Id), group => group.GroupName, GroupView.Describe, "Groups", request);
    }
}
