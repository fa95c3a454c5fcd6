using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Changes a style: members given replace the stored ones; UseCognitoProvidedValues true drops Settings and Assets.</summary>
public sealed class UpdateManagedLoginBranding(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "UpdateManagedLoginBranding";

    public JsonObject Execute(JsonObject request)
    {
        // Both members are optional in the model but needed to find the style.
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var existing = store.FindBranding(pool.Id, request.Required("ManagedLoginBrandingId")) ?? throw BrandingView.NotFound();
        BrandingView.CheckValues(request);
        var useDefaults = request.Bool("UseCognitoProvidedValues") == true;
        var updated = new Branding
        {
            Id = existing.Id,
            UserPoolId = existing.UserPoolId,
            ClientId = existing.ClientId,
            UseCognitoProvidedValues = useDefaults || (existing.UseCognitoProvidedValues && request["Settings"] is null),
            Settings = useDefaults ? null : request["Settings"]?.DeepClone() ?? existing.Settings?.DeepClone(),
            Assets = useDefaults ? [] : request["Assets"]?.DeepClone() as JsonArray ?? (JsonArray)existing.Assets.DeepClone(),
            CreationDate = existing.CreationDate,
            LastModifiedDate = time.GetUtcNow(),
        };
        if (!store.ReplaceBranding(updated))
        {
            throw BrandingView.NotFound();
        }

        return new JsonObject { ["ManagedLoginBranding"] = BrandingView.Describe(updated) };
    }
}
