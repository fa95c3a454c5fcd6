using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DescribeTerms(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeTerms";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        return new JsonObject { ["Terms"] = TermsView.Require(store, pool.Id, request.Required("TermsId")) };
    }
}
