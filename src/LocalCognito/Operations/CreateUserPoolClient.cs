using System.Text.Json.Nodes;
using LocalCognito.Defaults;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class CreateUserPoolClient(CognitoStore store, TimeProvider time, ReservedDefaultIds reserved) : ICognitoOperation
{
    /// <summary>What Cognito enables when a client is created without ExplicitAuthFlows.</summary>
    internal static readonly string[] DefaultFlows = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"];

    public string Name => "CreateUserPoolClient";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        ClientSettingsSupport.Check(request);
        TokenValidityRules.Check(request);
        AttributePermissions.CheckClientLists(pool, request, "creating");
        OAuthClientRules.Check(store, pool, request, hasSecret: request.Bool("GenerateSecret") == true);
        var settings = (JsonObject)request.DeepClone();
        foreach (var member in new[] { "UserPoolId", "ClientName", "GenerateSecret", "ExplicitAuthFlows" })
        {
            settings.Remove(member);
        }

        var flows = request.StringList("ExplicitAuthFlows");
        var now = time.GetUtcNow();
        var client = new AppClient
        {
            ClientId = reserved.NextClientId(),
            UserPoolId = pool.Id,
            ClientName = request.Required("ClientName"),
            ClientSecret = request.Bool("GenerateSecret") == true ? Ids.ClientSecret() : null,
            ExplicitAuthFlows = flows.Count > 0 ? flows : [.. DefaultFlows],
            Settings = settings,
            CreationDate = now,
            LastModifiedDate = now,
        };
        store.AddClient(client);
        return new JsonObject { ["UserPoolClient"] = PoolView.Describe(client) };
    }
}
