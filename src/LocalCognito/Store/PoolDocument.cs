using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>
/// A pool-level configuration kept as the JSON the API returns for it (log delivery, risk configuration, terms,
/// import jobs, auth events): <see cref="Section"/> says which, <see cref="Key"/> tells apart several of one section.
/// </summary>
public sealed record PoolDocument(string Section, string PoolId, string Key, JsonObject Body)
{
    public string StorageId => StorageIdOf(Section, PoolId, Key);

    internal static string StorageIdOf(string section, string poolId, string key) => $"{section}/{poolId}/{key}";
}
