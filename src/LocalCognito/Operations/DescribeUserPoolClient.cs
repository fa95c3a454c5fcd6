using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DescribeUserPoolClient(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeUserPoolClient";

    public JsonObject Execute(JsonObject request)
    {
        var (_, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        return new JsonObject { ["UserPoolClient"] = PoolView.Describe(client) };
    }
}
