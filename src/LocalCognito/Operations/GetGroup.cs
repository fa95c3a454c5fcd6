using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class GetGroup(CognitoStore store) : ICognitoOperation
{
    public string Name => "GetGroup";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        return new JsonObject { ["Group"] = GroupView.Describe(GroupView.Require(store, pool, request.Required("GroupName"))) };
    }
}
