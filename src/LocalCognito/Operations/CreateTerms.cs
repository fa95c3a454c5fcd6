using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Creates the terms-of-use or privacy-policy links of an app client, one document of each name per client, with a
/// link per managed-login language (cognito:default as the fallback). Stored and returned; LocalCognito's own sign-up
/// page does not show them.
/// </summary>
public sealed class CreateTerms(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "CreateTerms";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        TermsView.RequireLinks(request);
        var now = JsonRequest.Epoch(time.GetUtcNow());
        var terms = new JsonObject
        {
            ["TermsId"] = Guid.NewGuid().ToString("D"),
            ["UserPoolId"] = pool.Id,
            ["ClientId"] = client.ClientId,
            ["TermsName"] = request.Required("TermsName"),
            ["TermsSource"] = request.Required("TermsSource"),
            ["Enforcement"] = request.Required("Enforcement"),
            ["Links"] = request["Links"]?.DeepClone() ?? new JsonObject(),
            ["CreationDate"] = now,
            ["LastModifiedDate"] = now.DeepClone(),
        };
        switch (store.AddTerms(pool.Id, terms))
        {
            case CognitoStore.TermsChange.NoPool:
                throw Errors.PoolNotFound(pool.Id);
            case CognitoStore.TermsChange.NameTaken:
                throw TermsView.Taken(terms);
        }

        return new JsonObject { ["Terms"] = terms };
    }
}
