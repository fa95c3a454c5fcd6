using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>A client's customization, else the pool's ("ALL"), else just the ids.</summary>
public sealed class GetUICustomization(CognitoStore store) : ICognitoOperation
{
    public string Name => "GetUICustomization";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var clientId = request.OptionalString("ClientId") ?? "ALL";
        if (clientId != "ALL")
        {
            store.RequireClient(pool.Id, clientId);
        }

        var customization = store.FindUiCustomization(pool.Id, clientId) ?? store.FindUiCustomization(pool.Id, "ALL");
        return new JsonObject { ["UICustomization"] = BrandingView.Describe(customization, pool.Id, customization?.ClientId ?? clientId) };
    }
}
