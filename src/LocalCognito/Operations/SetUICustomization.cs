using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Stores the classic hosted UI's CSS and logo for the pool ("ALL") or a client; the local pages do not apply them.</summary>
public sealed class SetUICustomization(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "SetUICustomization";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var clientId = request.OptionalString("ClientId") ?? "ALL";
        if (clientId != "ALL")
        {
            store.RequireClient(pool.Id, clientId);
        }

        if (store.DomainsOf(pool.Id).Count == 0)
        {
            throw Errors.InvalidParameter("There has to be an existing domain associated with this user pool or app client.");
        }

        var now = time.GetUtcNow();
        var customization = new UiCustomization
        {
            UserPoolId = pool.Id,
            ClientId = clientId,
            Css = request.OptionalString("CSS"),
            ImageFile = request.OptionalString("ImageFile"),
            CreationDate = store.FindUiCustomization(pool.Id, clientId)?.CreationDate ?? now,
            LastModifiedDate = now,
        };
        store.SetUiCustomization(customization);
        return new JsonObject { ["UICustomization"] = BrandingView.Describe(customization, pool.Id, clientId) };
    }
}
