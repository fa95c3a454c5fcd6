using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteTerms(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteTerms";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var termsId = request.Required("TermsId");
        if (!store.DeleteDocument(CognitoStore.TermsSection, pool.Id, termsId))
        {
            throw TermsView.NotFound(termsId);
        }

        return new JsonObject();
    }
}
