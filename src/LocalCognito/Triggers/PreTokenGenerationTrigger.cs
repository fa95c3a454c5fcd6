using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Triggers;

/// <summary>The claims of the tokens about to be signed, which a pre token generation function may change.</summary>
public sealed record TokenClaims(JsonObject AccessClaims, JsonObject? IdClaims, IReadOnlyList<Group> Groups);

/// <summary>
/// PreTokenGeneration: LambdaConfig.PreTokenGeneration (V1_0) or PreTokenGenerationConfig {LambdaVersion, LambdaArn}.
/// V1_0 customises the id token (and the groups of both tokens); V2_0 and V3_0 also the access token and its scopes.
/// </summary>
public sealed class PreTokenGenerationTrigger(TriggerRunner runner)
{
    public const string Authentication = "TokenGeneration_Authentication";
    public const string HostedAuth = "TokenGeneration_HostedAuth";
    public const string RefreshTokens = "TokenGeneration_RefreshTokens";

    public void Apply(UserPool pool, AppClient client, User user, string triggerSource, TokenClaims claims, JsonNode? clientMetadata = null)
    {
        var (arn, version) = FunctionOf(pool);
        if (arn is null)
        {
            return;
        }

        var request = new JsonObject
        {
            ["userAttributes"] = TriggerEvent.UserAttributes(user),
            ["groupConfiguration"] = GroupConfiguration(claims.Groups),
            ["clientMetadata"] = TriggerEvent.StringMap(clientMetadata),
        };
        var modern = version != "V1_0";
        if (modern)
        {
            request["scopes"] = new JsonArray(ScopesOf(claims.AccessClaims).Select(scope => (JsonNode)JsonValue.Create(scope)).ToArray());
        }

        var responseField = modern ? "claimsAndScopeOverrideDetails" : "claimsOverrideDetails";
        var data = new TriggerEventData(triggerSource, user.Username, client.ClientId, request)
        {
            Version = modern ? version[1..2] : "1",
            Response = new JsonObject { [responseField] = null },
        };
        var response = runner.Run(pool, EmulatedTriggers.PreTokenGeneration, arn, data);
        if (response[responseField] is not JsonObject details)
        {
            return;
        }

        if (modern)
        {
            TokenClaimsOverride.ApplyV2(details, claims);
        }
        else
        {
            TokenClaimsOverride.ApplyV1(details, claims);
        }
    }

    private static (string? Arn, string Version) FunctionOf(UserPool pool)
    {
        if (pool.Settings["LambdaConfig"]?[EmulatedTriggers.PreTokenGenerationConfig] is JsonObject config
            && config["LambdaArn"]?.GetValue<string>() is { } arn)
        {
            return (arn, config["LambdaVersion"]?.GetValue<string>() ?? "V1_0");
        }

        return (TriggerRunner.FunctionOf(pool, EmulatedTriggers.PreTokenGeneration), "V1_0");
    }

    private static JsonObject GroupConfiguration(IReadOnlyList<Group> groups)
    {
        var roles = groups.Where(group => group.RoleArn is not null).Select(group => group.RoleArn!).ToList();
        return new JsonObject
        {
            ["groupsToOverride"] = new JsonArray(groups.Select(group => (JsonNode)JsonValue.Create(group.GroupName)).ToArray()),
            ["iamRolesToOverride"] = new JsonArray(roles.Select(role => (JsonNode)JsonValue.Create(role)).ToArray()),
            ["preferredRole"] = roles.Count > 0 ? roles[0] : null,
        };
    }

    internal static IEnumerable<string> ScopesOf(JsonObject accessClaims) =>
        (accessClaims["scope"]?.GetValue<string>() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
