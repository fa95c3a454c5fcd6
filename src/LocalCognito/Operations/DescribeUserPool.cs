using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DescribeUserPool(CognitoStore store, ServerInfo server) : ICognitoOperation
{
    public string Name => "DescribeUserPool";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        return new JsonObject { ["UserPool"] = PoolView.Describe(pool, store.CountUsers(pool.Id), server.Region) };
    }
}
