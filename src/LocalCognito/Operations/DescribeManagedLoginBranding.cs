using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class DescribeManagedLoginBranding(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeManagedLoginBranding";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var branding = store.FindBranding(pool.Id, request.Required("ManagedLoginBrandingId")) ?? throw BrandingView.NotFound();
        return new JsonObject { ["ManagedLoginBranding"] = BrandingView.Describe(branding) };
    }
}
