using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Replaces an app client's settings, as Cognito documents: every member left out of the request returns to its
/// default. The id, secret and creation date stay; the name stays when none is given.
/// </summary>
public sealed class UpdateUserPoolClient(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public string Name => "UpdateUserPoolClient";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, existing) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        TokenValidityRules.Check(request);
        OAuthClientRules.Check(store, pool, request, hasSecret: existing.ClientSecret is not null);
        ClientSettingsSupport.Check(request);
        var settings = (JsonObject)request.DeepClone();
        foreach (var member in new[] { "UserPoolId", "ClientId", "ClientName", "ExplicitAuthFlows" })
        {
            settings.Remove(member);
        }

        var flows = request.StringList("ExplicitAuthFlows");
        var updated = new AppClient
        {
            ClientId = existing.ClientId,
            UserPoolId = pool.Id,
            ClientName = request.OptionalString("ClientName") ?? existing.ClientName,
            ClientSecret = existing.ClientSecret,
            ExplicitAuthFlows = flows.Count > 0 ? flows : [.. CreateUserPoolClient.DefaultFlows],
            Settings = settings,
            CreationDate = existing.CreationDate,
            LastModifiedDate = time.GetUtcNow(),
        };
        if (!store.ReplaceClient(updated))
        {
            throw Errors.ClientNotFound(existing.ClientId);
        }

        return new JsonObject { ["UserPoolClient"] = PoolView.Describe(updated) };
    }
}
