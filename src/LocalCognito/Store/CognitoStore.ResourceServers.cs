namespace LocalCognito.Store;

/// <summary>Resource servers, by pool id and identifier.</summary>
public sealed partial class CognitoStore
{
    private const string ResourceServerKind = "resource-server";
    private readonly Dictionary<string, ResourceServer> _resourceServers = new(StringComparer.Ordinal);

    public ResourceServer? FindResourceServer(string poolId, string identifier)
    {
        lock (_sync)
        {
            return _resourceServers.GetValueOrDefault(ResourceServerId(poolId, identifier));
        }
    }

    public IReadOnlyList<ResourceServer> ResourceServers(string poolId)
    {
        lock (_sync)
        {
            return _resourceServers.Values.Where(server => server.UserPoolId == poolId)
                .OrderBy(server => server.Identifier, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Every custom scope name ("{Identifier}/{ScopeName}") the pool's resource servers define.</summary>
    public IReadOnlySet<string> CustomScopes(string poolId)
    {
        lock (_sync)
        {
            return _resourceServers.Values.Where(server => server.UserPoolId == poolId).SelectMany(server => server.ScopeNames)
                .ToHashSet(StringComparer.Ordinal);
        }
    }

    /// <summary>Adds a resource server unless the pool has one with that identifier.</summary>
    public bool TryAddResourceServer(ResourceServer server)
    {
        lock (_sync)
        {
            var id = ResourceServerId(server.UserPoolId, server.Identifier);
            if (_resourceServers.ContainsKey(id))
            {
                return false;
            }

            Write(ResourceServerKind, id, server);
            _resourceServers[id] = server;
            return true;
        }
    }

    /// <summary>Replaces a resource server's name and scopes; false when the pool has none with that identifier.</summary>
    public bool ReplaceResourceServer(ResourceServer server)
    {
        lock (_sync)
        {
            var id = ResourceServerId(server.UserPoolId, server.Identifier);
            if (!_resourceServers.ContainsKey(id))
            {
                return false;
            }

            Write(ResourceServerKind, id, server);
            _resourceServers[id] = server;
            return true;
        }
    }

    public bool DeleteResourceServer(string poolId, string identifier)
    {
        lock (_sync)
        {
            var id = ResourceServerId(poolId, identifier);
            if (!_resourceServers.Remove(id))
            {
                return false;
            }

            _persistence.Delete(ResourceServerKind, id);
            return true;
        }
    }

    private void DeleteResourceServersOf(string poolId)
    {
        foreach (var server in _resourceServers.Values.Where(server => server.UserPoolId == poolId).ToList())
        {
            DeleteResourceServer(poolId, server.Identifier);
        }
    }

    private static string ResourceServerId(string poolId, string identifier) => poolId + "\n" + identifier;
}
