using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DescribeIdentityProvider(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeIdentityProvider";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        return new JsonObject { ["IdentityProvider"] = IdentityProviderRules.Require(store, pool.Id, request.Required("ProviderName")) };
    }
}
