using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Stores an app client's managed login style (one per client); the local pages do not render it.</summary>
public sealed class CreateManagedLoginBranding(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "CreateManagedLoginBranding";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        BrandingView.CheckValues(request);
        var now = time.GetUtcNow();
        var branding = new Branding
        {
            Id = Guid.NewGuid().ToString(),
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            UseCognitoProvidedValues = request.Bool("UseCognitoProvidedValues") ?? request["Settings"] is null,
            Settings = request["Settings"]?.DeepClone(),
            Assets = request["Assets"]?.DeepClone() as JsonArray ?? [],
            CreationDate = now,
            LastModifiedDate = now,
        };
        if (!store.TryAddBranding(branding))
        {
            throw new CognitoException("ManagedLoginBrandingExistsException", "Managed login branding already exists for this app client.");
        }

        return new JsonObject { ["ManagedLoginBranding"] = BrandingView.Describe(branding) };
    }
}
