using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The risk configuration SetRiskConfiguration stored: an app client's own when it has one, else the pool's. Nothing
/// set yet answers the pool and client ids only.
/// </summary>
public sealed class DescribeRiskConfiguration(CognitoStore store) : ICognitoOperation
{
    public string Name => "DescribeRiskConfiguration";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var clientId = request.OptionalString("ClientId");
        if (clientId is not null)
        {
            store.RequireClient(pool.Id, clientId);
        }

        ThreatProtection.Require(pool);
        var configuration = (clientId is null ? null : store.FindDocument(SetRiskConfiguration.Section, pool.Id, clientId))
            ?? store.FindDocument(SetRiskConfiguration.Section, pool.Id, SetRiskConfiguration.PoolLevel)
            ?? new JsonObject { ["UserPoolId"] = pool.Id, ["ClientId"] = clientId ?? SetRiskConfiguration.PoolLevel };
        return new JsonObject { ["RiskConfiguration"] = configuration };
    }
}
