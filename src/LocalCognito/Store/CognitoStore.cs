using System.Text.Json;

namespace LocalCognito.Store;

/// <summary>
/// The in-memory model every read comes from, with write-through persistence of each changed entity.
/// Every public method is atomic on its own: the lock is private, and a change is persisted before it is
/// visible. Entities handed out are snapshots that are never changed afterwards. Changes are methods named for
/// what they do, or go through the Update methods, which run the caller's change on a private copy outside the
/// lock and commit it only if nobody changed the entity meanwhile (see <see cref="ChangeOptimistically"/>), so no
/// caller code ever runs under the lock and a change that throws leaves nothing behind.
/// </summary>
public sealed partial class CognitoStore : IDisposable
{
    private const string PoolKind = "pool", ClientKind = "client", UserKind = "user", DeviceKind = "device",
        GrantKind = "grant", MetaKind = "meta", GroupKind = "group";

    private readonly Lock _sync = new();
    private readonly IEntityPersistence _persistence;
    private readonly Dictionary<string, UserPool> _pools = new();
    private readonly Dictionary<string, AppClient> _clients = new();
    private readonly Dictionary<string, string> _meta = new();

    public CognitoStore(IEntityPersistence persistence)
    {
        _persistence = persistence;
        foreach (var (kind, id, json) in persistence.LoadAll())
        {
            switch (kind)
            {
                case PoolKind:
                    var pool = Read<UserPool>(json);
                    _pools[pool.Id] = pool;
                    break;
                case ClientKind:
                    var client = Read<AppClient>(json);
                    _clients[client.ClientId] = client;
                    break;
                case UserKind:
                    _users[id] = Read<User>(json);
                    break;
                case DeviceKind:
                    Index(Read<Device>(json));
                    break;
                case GrantKind:
                    Index(Read<RefreshGrant>(json));
                    break;
                case GroupKind:
                    var group = Read<Group>(json);
                    _groups[GroupId(group.UserPoolId, group.GroupName)] = group;
                    break;
                case DomainKind:
                    var domain = Read<PoolDomain>(json);
                    _domains[domain.Domain] = domain;
                    break;
                case ResourceServerKind:
                    var resourceServer = Read<ResourceServer>(json);
                    _resourceServers[ResourceServerId(resourceServer.UserPoolId, resourceServer.Identifier)] = resourceServer;
                    break;
                case DocumentKind:
                    LoadDocument(json);
                    break;
                case BrandingKind or UiCustomizationKind:
                    LoadBranding(kind, json);
                    break;
                case MetaKind:
                    var entry = Read<KeyValuePair<string, string>>(json);
                    _meta[entry.Key] = entry.Value;
                    break;
            }
        }
    }

    // ---- pools and clients

    public UserPool? FindPool(string poolId)
    {
        lock (_sync)
        {
            return _pools.GetValueOrDefault(poolId);
        }
    }

    public IReadOnlyList<UserPool> Pools()
    {
        lock (_sync)
        {
            return _pools.Values.OrderBy(pool => pool.CreationDate).ThenBy(pool => pool.Id).ToList();
        }
    }

    public void AddPool(UserPool pool)
    {
        lock (_sync)
        {
            Write(PoolKind, pool.Id, pool);
            _pools[pool.Id] = pool;
        }
    }

    /// <summary>Changes a pool atomically, as <see cref="UpdateUser"/> changes a user.</summary>
    public UserPool UpdatePool(string poolId, Func<Exception> whenMissing, Action<UserPool> change) =>
        ChangeOptimistically(() => FindPool(poolId), pool => pool.Copy(), change, whenMissing, (read, changed) =>
        {
            if (!_pools.TryGetValue(poolId, out var current) || !ReferenceEquals(current, read))
            {
                return false;
            }

            Write(PoolKind, poolId, changed);
            _pools[poolId] = changed;
            return true;
        });

    /// <summary>Removes a pool with everything in it.</summary>
    public void DeletePool(string poolId)
    {
        lock (_sync)
        {
            foreach (var client in Clients(poolId))
            {
                DeleteClient(client.ClientId);
            }

            foreach (var (id, user) in _users.Where(entry => entry.Value.UserPoolId == poolId).ToList())
            {
                DeleteUser(id, user);
            }

            foreach (var group in Groups(poolId))
            {
                DeleteGroup(poolId, group.GroupName);
            }

            DeleteDomainsOf(poolId);
            DeleteResourceServersOf(poolId);
            DeleteBrandingOf(poolId);

            DeleteDocumentsOf(poolId);
            if (_pools.Remove(poolId))
            {
                _persistence.Delete(PoolKind, poolId);
            }
        }
    }

    public AppClient? FindClient(string clientId)
    {
        lock (_sync)
        {
            return _clients.GetValueOrDefault(clientId);
        }
    }

    public IReadOnlyList<AppClient> Clients(string poolId)
    {
        lock (_sync)
        {
            return _clients.Values.Where(client => client.UserPoolId == poolId)
                .OrderBy(client => client.CreationDate).ThenBy(client => client.ClientId).ToList();
        }
    }

    public void AddClient(AppClient client)
    {
        lock (_sync)
        {
            Write(ClientKind, client.ClientId, client);
            _clients[client.ClientId] = client;
        }
    }

    public void DeleteClient(string clientId)
    {
        lock (_sync)
        {
            if (_clients.Remove(clientId))
            {
                _persistence.Delete(ClientKind, clientId);
            }
        }
    }

    // ---- server metadata (which pool is the default one)

    public string? GetMeta(string key)
    {
        lock (_sync)
        {
            return _meta.GetValueOrDefault(key);
        }
    }

    public void SetMeta(string key, string value)
    {
        lock (_sync)
        {
            Write(MetaKind, key, new KeyValuePair<string, string>(key, value));
            _meta[key] = value;
        }
    }

    public void Dispose() => _persistence.Dispose();

    /// <summary>
    /// The one way a caller's change is applied: <paramref name="change"/> runs on a private copy of the entity with the
    /// lock not held; <paramref name="commitIfUnchanged"/> then takes the lock and stores the copy only if the stored
    /// entity is still the one that was read. If another change came first, the caller's change runs again on the
    /// newer entity. A change therefore only computes on the copy it is given (throwing when a rule fails): no I/O and
    /// no other component's state — side effects such as sending a code belong after the call, on its result.
    /// </summary>
    private T ChangeOptimistically<T>(Func<T?> read, Func<T, T> copy, Action<T> change, Func<Exception> whenMissing,
        Func<T, T, bool> commitIfUnchanged) where T : class
    {
        while (true)
        {
            var current = read() ?? throw whenMissing();
            var changed = copy(current);
            change(changed);
            lock (_sync)
            {
                if (commitIfUnchanged(current, changed))
                {
                    return changed;
                }
            }
        }
    }

    private void Write<T>(string kind, string id, T entity) => _persistence.Upsert(kind, id, JsonSerializer.Serialize(entity));

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)
        ?? throw new InvalidDataException($"Stored {typeof(T).Name} is empty.");
}
