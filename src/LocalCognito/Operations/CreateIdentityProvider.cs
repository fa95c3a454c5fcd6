using System.Text.Json.Nodes;
using LocalCognito.Federation;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Adds an external identity provider to a pool. Only OIDC providers are emulated; their missing endpoint URLs are
/// read from the issuer's discovery document when the provider is created, as Cognito does.
/// </summary>
public sealed class CreateIdentityProvider(CognitoStore store, OidcProviderHttp http, TimeProvider time) : ICognitoOperation
{
    public string Name => "CreateIdentityProvider";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var name = request.Required("ProviderName");
        IdentityProviderRules.RequireName(name);
        IdentityProviderRules.RequireOidc(request.Required("ProviderType"));
        var now = JsonRequest.Epoch(time.GetUtcNow());
        var provider = new JsonObject
        {
            ["UserPoolId"] = pool.Id,
            ["ProviderName"] = name,
            ["ProviderType"] = "OIDC",
            ["ProviderDetails"] = IdentityProviderRules.CompleteOidcDetails(http, request.Map("ProviderDetails")),
            ["AttributeMapping"] = IdentityProviderMapping.Check(pool, request.Map("AttributeMapping")),
            ["IdpIdentifiers"] = new JsonArray([.. request.StringList("IdpIdentifiers").Select(id => (JsonNode)id)]),
            ["LastModifiedDate"] = now,
            ["CreationDate"] = now.DeepClone(),
        };
        switch (store.AddIdentityProvider(pool.Id, provider))
        {
            case CognitoStore.ProviderChange.NoPool:
                throw Errors.PoolNotFound(pool.Id);
            case CognitoStore.ProviderChange.NameTaken:
                throw IdentityProviderRules.Duplicate($"A provider with the name {name} already exists in this user pool.");
            case CognitoStore.ProviderChange.IdentifierTaken:
                throw IdentityProviderRules.Duplicate("An IdpIdentifier is already used by another provider of this user pool.");
        }

        return new JsonObject { ["IdentityProvider"] = provider };
    }
}
