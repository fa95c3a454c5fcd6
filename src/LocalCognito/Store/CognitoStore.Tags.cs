using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>A pool's tags, kept where CreateUserPool put them (UserPoolTags) so DescribeUserPool reports them too.</summary>
public sealed partial class CognitoStore
{
    /// <summary>The pool's tags; null when there is no such pool.</summary>
    public IReadOnlyDictionary<string, string>? PoolTags(string poolId)
    {
        lock (_sync)
        {
            return _pools.TryGetValue(poolId, out var pool) ? pool.Tags() : null;
        }
    }

    /// <summary>Adds or overwrites tags; refused when the merged set would hold more than <paramref name="limit"/> tags.</summary>
    public TagChange TagPool(string poolId, IReadOnlyDictionary<string, string> tags, int limit)
    {
        lock (_sync)
        {
            if (!_pools.TryGetValue(poolId, out var current))
            {
                return TagChange.NoPool;
            }

            var merged = new Dictionary<string, string>(current.Tags(), StringComparer.Ordinal);
            foreach (var (key, value) in tags)
            {
                merged[key] = value;
            }

            if (merged.Count > limit)
            {
                return TagChange.TooMany;
            }

            StoreTags(current, merged);
            return TagChange.Done;
        }
    }

    /// <summary>Removes the named tags (names it does not have are ignored); false when there is no such pool.</summary>
    public bool UntagPool(string poolId, IEnumerable<string> keys)
    {
        lock (_sync)
        {
            if (!_pools.TryGetValue(poolId, out var current))
            {
                return false;
            }

            var remaining = new Dictionary<string, string>(current.Tags(), StringComparer.Ordinal);
            foreach (var key in keys)
            {
                remaining.Remove(key);
            }

            StoreTags(current, remaining);
            return true;
        }
    }

    private void StoreTags(UserPool current, Dictionary<string, string> tags)
    {
        var changed = current.Copy();
        var map = new JsonObject();
        foreach (var (key, value) in tags.OrderBy(tag => tag.Key, StringComparer.Ordinal))
        {
            map[key] = value;
        }

        changed.Settings["UserPoolTags"] = map;
        Write(PoolKind, changed.Id, changed);
        _pools[changed.Id] = changed;
    }

    public enum TagChange { Done, NoPool, TooMany }
}
