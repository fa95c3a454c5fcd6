using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Changes the members of a terms document that the request gives; the others stay.</summary>
public sealed class UpdateTerms(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "UpdateTerms";

    private static readonly string[] Changeable = ["TermsName", "TermsSource", "Enforcement", "Links"];

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var termsId = request.Required("TermsId");
        TermsView.RequireLinks(request);
        var terms = TermsView.Require(store, pool.Id, termsId);
        foreach (var member in Changeable.Where(member => request[member] is not null))
        {
            terms[member] = request[member]!.DeepClone();
        }

        terms["LastModifiedDate"] = JsonRequest.Epoch(time.GetUtcNow());
        switch (store.ReplaceTerms(pool.Id, terms))
        {
            case CognitoStore.TermsChange.NoSuchTerms:
                throw TermsView.NotFound(termsId);
            case CognitoStore.TermsChange.NameTaken:
                throw TermsView.Taken(terms);
        }

        return new JsonObject { ["Terms"] = terms };
    }
}
