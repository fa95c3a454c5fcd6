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
        var view = PoolView.Describe(pool, store.CountUsers(pool.Id), server.Region);
        if (store.DomainsOf(pool.Id).FirstOrDefault() is { } domain)
        {
            view["Domain"] = domain.Domain;
        }

        return new JsonObject { ["UserPool"] = view };
    }
}
