using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The pool's terms documents (of every app client), a page at a time in TermsId order.</summary>
public sealed class ListTerms(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListTerms";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var all = store.Documents(CognitoStore.TermsSection, pool.Id);
        var (page, next) = Paging.Page(all, terms => terms["TermsId"]!.GetValue<string>(), request.OptionalString("NextToken"),
            request.Int("MaxResults") ?? 60);
        var response = new JsonObject { ["Terms"] = new JsonArray([.. page.Select(terms => (JsonNode)TermsView.Describe(terms))]) };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
