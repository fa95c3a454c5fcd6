using System.Text.Json.Nodes;
using LocalCognito.Federation;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Changes a provider's details, attribute mapping or identifiers; a member left out keeps its value. New
/// ProviderDetails replace the old ones whole and are checked (and discovered) as on creation.
/// </summary>
public sealed class UpdateIdentityProvider(CognitoStore store, OidcProviderHttp http, TimeProvider time) : ICognitoOperation
{
    public string Name => "UpdateIdentityProvider";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var name = request.Required("ProviderName");
        var provider = IdentityProviderRules.Require(store, pool.Id, name);
        if (request["ProviderDetails"] is not null)
        {
            provider["ProviderDetails"] = IdentityProviderRules.CompleteOidcDetails(http, request.Map("ProviderDetails"));
        }

        if (request["AttributeMapping"] is not null)
        {
            provider["AttributeMapping"] = IdentityProviderMapping.Check(pool, request.Map("AttributeMapping"));
        }

        if (request["IdpIdentifiers"] is not null)
        {
            provider["IdpIdentifiers"] = new JsonArray([.. request.StringList("IdpIdentifiers").Select(id => (JsonNode)id)]);
        }

        provider["LastModifiedDate"] = JsonRequest.Epoch(time.GetUtcNow());
        switch (store.ReplaceIdentityProvider(pool.Id, provider))
        {
            case CognitoStore.ProviderChange.NoPool:
                throw Errors.PoolNotFound(pool.Id);
            case CognitoStore.ProviderChange.NoSuchProvider:
                throw IdentityProviderRules.NotFound(name);
            case CognitoStore.ProviderChange.IdentifierTaken:
                throw IdentityProviderRules.Duplicate("An IdpIdentifier is already used by another provider of this user pool.");
        }

        return new JsonObject { ["IdentityProvider"] = provider };
    }
}
