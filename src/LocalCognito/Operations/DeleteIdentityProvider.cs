using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Removes a provider. Its federated users stay (as on Cognito) but can no longer sign in through it.</summary>
public sealed class DeleteIdentityProvider(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteIdentityProvider";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var name = request.Required("ProviderName");
        if (!store.DeleteDocument(CognitoStore.IdentityProviderSection, pool.Id, name))
        {
            throw IdentityProviderRules.NotFound(name);
        }

        return new JsonObject();
    }
}
