using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DescribeManagedLoginBrandingByClient(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeManagedLoginBrandingByClient";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        var branding = store.FindBrandingOfClient(pool.Id, client.ClientId) ?? throw BrandingView.NotFound();
        return new JsonObject { ["ManagedLoginBranding"] = BrandingView.Describe(branding) };
    }
}
