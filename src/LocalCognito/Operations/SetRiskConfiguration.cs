using System.Net;
using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Stores a pool's (or, with ClientId, one app client's) threat protection risk configuration and returns it, as
/// DescribeRiskConfiguration will. LocalCognito has no risk engine, so the actions are kept, not carried out. Checked:
/// threat protection is on, the client belongs to the pool, notifying needs a NotifyConfiguration, and the IP range
/// lists hold CIDR blocks (at most 200 each).
/// </summary>
public sealed class SetRiskConfiguration(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public const string Section = "risk-configuration";
    public const string PoolLevel = "ALL";
    private const int MaxRanges = 200;

    private static readonly string[] Parts = ["CompromisedCredentialsRiskConfiguration", "AccountTakeoverRiskConfiguration", "RiskExceptionConfiguration"];

    public string Name => "SetRiskConfiguration";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var clientId = request.OptionalString("ClientId");
        if (clientId is not null)
        {
            store.RequireClient(pool.Id, clientId);
        }

        ThreatProtection.Require(pool);
        CheckNotify(request);
        CheckRanges(request);
        var configuration = new JsonObject { ["UserPoolId"] = pool.Id, ["ClientId"] = clientId ?? PoolLevel };
        foreach (var part in Parts.Where(part => request[part] is JsonObject))
        {
            configuration[part] = request[part]!.DeepClone();
        }

        configuration["LastModifiedDate"] = JsonRequest.Epoch(time.GetUtcNow());
        if (!store.PutDocument(Section, pool.Id, clientId ?? PoolLevel, configuration))
        {
            throw Errors.PoolNotFound(pool.Id);
        }

        return new JsonObject { ["RiskConfiguration"] = configuration };
    }

    private static void CheckNotify(JsonObject request)
    {
        var takeover = request["AccountTakeoverRiskConfiguration"] as JsonObject;
        var notifies = new[] { "LowAction", "MediumAction", "HighAction" }
            .Any(level => takeover?["Actions"]?[level]?["Notify"]?.GetValue<bool>() == true);
        if (notifies && takeover?["NotifyConfiguration"] is not JsonObject)
        {
            throw Errors.InvalidParameter("AccountTakeoverRiskConfiguration needs a NotifyConfiguration when an action has Notify true.");
        }
    }

    private static void CheckRanges(JsonObject request)
    {
        foreach (var list in new[] { "BlockedIPRangeList", "SkippedIPRangeList" })
        {
            var ranges = (request["RiskExceptionConfiguration"] as JsonObject)?.StringList(list) ?? [];
            if (ranges.Count > MaxRanges)
            {
                throw Errors.InvalidParameter($"{list} can hold at most {MaxRanges} IP ranges.");
            }

            if (ranges.FirstOrDefault(range => !IPNetwork.TryParse(range, out _)) is { } invalid)
            {
                throw Errors.InvalidParameter($"{invalid} in {list} is not an IP range in CIDR notation.");
            }
        }
    }
}
