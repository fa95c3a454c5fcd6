using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The provider one of whose IdpIdentifiers is the one given.</summary>
public sealed class GetIdentityProviderByIdentifier(CognitoStore store) : ICognitoOperation
{
    public string Name => "GetIdentityProviderByIdentifier";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var identifier = request.Required("IdpIdentifier");
        var provider = store.FindIdentityProviderByIdentifier(pool.Id, identifier)
            ?? throw Errors.ResourceNotFound($"No identity provider has the identifier {identifier}.");
        return new JsonObject { ["IdentityProvider"] = provider };
    }
}
