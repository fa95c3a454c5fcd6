using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DeleteManagedLoginBranding(CognitoStore store) : ICognitoOperation
{
    public string Name => "DeleteManagedLoginBranding";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        if (!store.DeleteBranding(pool.Id, request.Required("ManagedLoginBrandingId")))
        {
            throw BrandingView.NotFound();
        }

        return new JsonObject();
    }
}
