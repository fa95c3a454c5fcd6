using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The pool's identity providers, a page at a time in name order.</summary>
public sealed class ListIdentityProviders(CognitoStore store) : ICognitoOperation
{
    public string Name => "ListIdentityProviders";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var all = store.Documents(CognitoStore.IdentityProviderSection, pool.Id);
        var (page, next) = Paging.Page(all, provider => provider["ProviderName"]!.GetValue<string>(), request.OptionalString("NextToken"),
            request.Int("MaxResults") ?? 60);
        var response = new JsonObject { ["Providers"] = new JsonArray([.. page.Select(provider => (JsonNode)IdentityProviderRules.Summary(provider))]) };
        if (next is not null)
        {
            response["NextToken"] = next;
        }

        return response;
    }
}
