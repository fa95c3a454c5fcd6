using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>AddCustomAttributes' write: new custom attributes appended to the pool's schema.</summary>
public sealed partial class CognitoStore
{
    public enum CustomAttributeChange { Done, NoPool, NameTaken, TooMany }

    /// <summary>
    /// Appends the definitions (names without "custom:") unless one is already in the schema or the pool would hold
    /// more than <paramref name="limit"/> custom attributes; nothing is added when any is refused.
    /// </summary>
    public (CustomAttributeChange Outcome, string? Name) AddCustomAttributes(string poolId, IReadOnlyList<JsonObject> definitions, int limit,
        DateTimeOffset now)
    {
        lock (_sync)
        {
            if (!_pools.TryGetValue(poolId, out var current))
            {
                return (CustomAttributeChange.NoPool, null);
            }

            var existing = PoolSchema.For(current).Select(attribute => attribute["Name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal);
            foreach (var definition in definitions)
            {
                var name = PoolSchema.CustomPrefix + definition["Name"]!.GetValue<string>();
                if (!existing.Add(name))
                {
                    return (CustomAttributeChange.NameTaken, name);
                }
            }

            if (existing.Count(name => name.StartsWith(PoolSchema.CustomPrefix, StringComparison.Ordinal)) > limit)
            {
                return (CustomAttributeChange.TooMany, null);
            }

            var changed = current.Copy();
            var schema = changed.Settings["Schema"] as JsonArray ?? [];
            foreach (var definition in definitions)
            {
                schema.Add(definition.DeepClone());
            }

            changed.Settings["Schema"] = schema;
            changed.LastModifiedDate = now;
            Write(PoolKind, poolId, changed);
            _pools[poolId] = changed;
            return (CustomAttributeChange.Done, null);
        }
    }
}
