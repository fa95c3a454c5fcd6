using System.Text.Json.Nodes;

namespace LocalCognito.Triggers;

/// <summary>
/// Applies a pre token generation response to the claims. Claims Cognito itself controls (times, issuer, audience,
/// identifiers, token_use...) cannot be added, overridden or suppressed: such entries are ignored, as Cognito does.
/// </summary>
public static class TokenClaimsOverride
{
    private static readonly HashSet<string> Protected =
    [
        "acr", "amr", "at_hash", "aud", "auth_time", "azp", "c_hash", "client_id", "cognito:username", "event_id", "exp",
        "iat", "identities", "iss", "jti", "nbf", "nonce", "origin_jti", "scope", "sub", "token_use", "username", "device_key",
        "cognito:groups", "cognito:roles", "cognito:preferred_role",
    ];

    /// <summary>V1_0: claimsOverrideDetails {claimsToAddOrOverride, claimsToSuppress, groupOverrideDetails} on the id token.</summary>
    public static void ApplyV1(JsonObject details, TokenClaims claims)
    {
        if (claims.IdClaims is { } id)
        {
            AddOrOverride(id, details["claimsToAddOrOverride"]);
            Suppress(id, details["claimsToSuppress"]);
        }

        ApplyGroups(details["groupOverrideDetails"], claims);
    }

    /// <summary>V2_0 / V3_0: claimsAndScopeOverrideDetails {idTokenGeneration, accessTokenGeneration, groupOverrideDetails}.</summary>
    public static void ApplyV2(JsonObject details, TokenClaims claims)
    {
        if (claims.IdClaims is { } id && details["idTokenGeneration"] is JsonObject idChanges)
        {
            AddOrOverride(id, idChanges["claimsToAddOrOverride"]);
            Suppress(id, idChanges["claimsToSuppress"]);
        }

        if (details["accessTokenGeneration"] is JsonObject accessChanges)
        {
            AddOrOverride(claims.AccessClaims, accessChanges["claimsToAddOrOverride"]);
            Suppress(claims.AccessClaims, accessChanges["claimsToSuppress"]);
            var scopes = PreTokenGenerationTrigger.ScopesOf(claims.AccessClaims).ToList();
            var suppressed = Strings(accessChanges["scopesToSuppress"]).ToHashSet(StringComparer.Ordinal);
            scopes.RemoveAll(suppressed.Contains);
            scopes.AddRange(Strings(accessChanges["scopesToAdd"]).Where(scope => !scopes.Contains(scope)));
            claims.AccessClaims["scope"] = string.Join(' ', scopes);
        }

        ApplyGroups(details["groupOverrideDetails"], claims);
    }

    private static void AddOrOverride(JsonObject target, JsonNode? changes)
    {
        foreach (var (name, value) in changes as JsonObject ?? [])
        {
            if (!Protected.Contains(name) && value is not null)
            {
                target[name] = value.DeepClone();
            }
        }
    }

    private static void Suppress(JsonObject target, JsonNode? names)
    {
        foreach (var name in Strings(names).Where(name => !Protected.Contains(name)))
        {
            target.Remove(name);
        }
    }

    /// <summary>groupOverrideDetails replaces cognito:groups in both tokens and cognito:roles / preferred_role in the id token.</summary>
    private static void ApplyGroups(JsonNode? overrides, TokenClaims claims)
    {
        if (overrides is not JsonObject groups)
        {
            return;
        }

        if (groups["groupsToOverride"] is JsonArray names)
        {
            SetList(claims.AccessClaims, "cognito:groups", Strings(names));
            if (claims.IdClaims is { } id)
            {
                SetList(id, "cognito:groups", Strings(names));
            }
        }

        if (claims.IdClaims is not { } idClaims)
        {
            return;
        }

        if (groups["iamRolesToOverride"] is JsonArray roles)
        {
            SetList(idClaims, "cognito:roles", Strings(roles));
        }

        if (groups.ContainsKey("preferredRole"))
        {
            if (groups["preferredRole"]?.GetValue<string>() is { } preferred)
            {
                idClaims["cognito:preferred_role"] = preferred;
            }
            else
            {
                idClaims.Remove("cognito:preferred_role");
            }
        }
    }

    /// <summary>An empty list removes the claim, as a user in no group has none.</summary>
    private static void SetList(JsonObject target, string claim, IEnumerable<string> values)
    {
        var list = values.ToList();
        if (list.Count == 0)
        {
            target.Remove(claim);
            return;
        }

        target[claim] = new JsonArray(list.Select(value => (JsonNode)JsonValue.Create(value)).ToArray());
    }

    private static IEnumerable<string> Strings(JsonNode? list) =>
        (list as JsonArray ?? []).Select(item => item is JsonValue value && value.TryGetValue<string>(out var text) ? text : null).OfType<string>();
}
