using System.Text.Json;

namespace LocalCognito.Store;

/// <summary>
/// The in-memory model every read comes from, with write-through persistence of each changed entity.
/// All access happens under <see cref="Sync"/>; callers doing read-modify-write hold it across the whole change
/// (Monitor locks are re-entrant, so the methods below can be called while holding it).
/// </summary>
public sealed class CognitoStore : IDisposable
{
    private const string PoolKind = "pool", ClientKind = "client", UserKind = "user", DeviceKind = "device",
        GrantKind = "grant", MetaKind = "meta";

    private readonly IEntityPersistence _persistence;
    private readonly Dictionary<string, UserPool> _pools = new();
    private readonly Dictionary<string, AppClient> _clients = new();
    private readonly Dictionary<string, User> _users = new();
    private readonly Dictionary<string, Device> _devices = new();
    private readonly Dictionary<string, List<Device>> _devicesByUser = new();
    private readonly Dictionary<string, RefreshGrant> _grantsByHash = new();
    private readonly Dictionary<string, RefreshGrant> _grantsByOrigin = new();
    private readonly Dictionary<string, List<RefreshGrant>> _grantsByUser = new();
    private readonly Dictionary<string, string> _meta = new();

    public CognitoStore(IEntityPersistence persistence)
    {
        _persistence = persistence;
        foreach (var (kind, _, json) in persistence.LoadAll())
        {
            switch (kind)
            {
                case PoolKind: var p = Read<UserPool>(json); _pools[p.Id] = p; break;
                case ClientKind: var c = Read<AppClient>(json); _clients[c.ClientId] = c; break;
                case UserKind: var u = Read<User>(json); _users[UserId(u.UserPoolId, KeyOf(u))] = u; break;
                case DeviceKind: var d = Read<Device>(json); Index(d); break;
                case GrantKind: Index(Read<RefreshGrant>(json)); break;
                case MetaKind: var m = Read<KeyValuePair<string, string>>(json); _meta[m.Key] = m.Value; break;
            }
        }
    }

    public object Sync { get; } = new();

    // ---- pools and clients

    public UserPool? FindPool(string poolId)
    {
        lock (Sync)
        {
            return _pools.GetValueOrDefault(poolId);
        }
    }

    public IReadOnlyList<UserPool> Pools()
    {
        lock (Sync)
        {
            return _pools.Values.OrderBy(p => p.CreationDate).ThenBy(p => p.Id).ToList();
        }
    }

    public void SavePool(UserPool pool) { lock (Sync) { _pools[pool.Id] = pool; Write(PoolKind, pool.Id, pool); } }

    public AppClient? FindClient(string clientId)
    {
        lock (Sync)
        {
            return _clients.GetValueOrDefault(clientId);
        }
    }

    public IReadOnlyList<AppClient> Clients(string poolId)
    {
        lock (Sync)
        {
            return _clients.Values.Where(c => c.UserPoolId == poolId).OrderBy(c => c.CreationDate).ThenBy(c => c.ClientId).ToList();
        }
    }

    public void SaveClient(AppClient client) { lock (Sync) { _clients[client.ClientId] = client; Write(ClientKind, client.ClientId, client); } }

    public void DeleteClient(string clientId)
    {
        lock (Sync)
        {
            if (_clients.Remove(clientId))
            {
                _persistence.Delete(ClientKind, clientId);
            }
        }
    }

    /// <summary>Removes a pool with everything in it.</summary>
    public void DeletePool(string poolId)
    {
        lock (Sync)
        {
            foreach (var client in Clients(poolId))
            {
                DeleteClient(client.ClientId);
            }

            foreach (var user in _users.Values.Where(u => u.UserPoolId == poolId).ToList())
            {
                DeleteUser(user);
            }

            if (_pools.Remove(poolId))
            {
                _persistence.Delete(PoolKind, poolId);
            }
        }
    }

    // ---- users

    public User? FindUser(UserPool pool, string username)
    {
        lock (Sync)
        {
            return _users.GetValueOrDefault(UserId(pool.Id, pool.UsernameKey(username)));
        }
    }

    public IReadOnlyList<User> Users(string poolId)
    {
        lock (Sync)
        {
            return _users.Values.Where(u => u.UserPoolId == poolId).OrderBy(u => u.Username, StringComparer.Ordinal).ToList();
        }
    }

    public int CountUsers(string poolId)
    {
        lock (Sync)
        {
            return _users.Values.Count(u => u.UserPoolId == poolId);
        }
    }

    public void SaveUser(User user)
    {
        lock (Sync)
        {
            var id = UserId(user.UserPoolId, KeyOf(user));
            _users[id] = user;
            Write(UserKind, id, user);
        }
    }

    /// <summary>Removes a user, their devices and their refresh grants (which ends their tokens).</summary>
    public void DeleteUser(User user)
    {
        lock (Sync)
        {
            var key = KeyOf(user);
            foreach (var device in Devices(user.UserPoolId, key))
            {
                DeleteDevice(device.DeviceKey);
            }

            foreach (var grant in GrantsOf(user.UserPoolId, key))
            {
                DeleteGrant(grant);
            }

            var id = UserId(user.UserPoolId, key);
            if (_users.Remove(id))
            {
                _persistence.Delete(UserKind, id);
            }
        }
    }

    /// <summary>The key a user is stored under (lower-cased user name in case-insensitive pools).</summary>
    public string KeyOf(User user)
    {
        var pool = FindPool(user.UserPoolId);
        return pool?.UsernameKey(user.Username) ?? user.Username;
    }

    // ---- devices

    public Device? FindDevice(string deviceKey)
    {
        lock (Sync)
        {
            return _devices.GetValueOrDefault(deviceKey);
        }
    }

    public IReadOnlyList<Device> Devices(string poolId, string usernameKey)
    {
        lock (Sync)
        {
            return _devicesByUser.TryGetValue(UserId(poolId, usernameKey), out var devices)
                ? devices.OrderBy(d => d.CreateDate).ThenBy(d => d.DeviceKey).ToList()
                : [];
        }
    }

    public void SaveDevice(Device device) { lock (Sync) { Index(device); Write(DeviceKind, device.DeviceKey, device); } }

    /// <summary>
    /// Records a device handed out at sign-in (NewDeviceMetadata). Clients that never confirm their devices would
    /// otherwise pile them up, so only the most recent few unconfirmed devices of a user are kept.
    /// </summary>
    public void AddNewDevice(Device device, int keepUnconfirmed)
    {
        lock (Sync)
        {
            SaveDevice(device);
            var stale = Devices(device.UserPoolId, device.UsernameKey).Where(d => !d.Confirmed)
                .OrderByDescending(d => d.CreateDate).Skip(keepUnconfirmed).ToList();
            foreach (var old in stale)
            {
                DeleteDevice(old.DeviceKey);
            }
        }
    }

    public void DeleteDevice(string deviceKey)
    {
        lock (Sync)
        {
            if (!_devices.Remove(deviceKey, out var device))
            {
                return;
            }

            var userId = UserId(device.UserPoolId, device.UsernameKey);
            if (_devicesByUser.TryGetValue(userId, out var list))
            {
                list.RemoveAll(d => d.DeviceKey == deviceKey);
                if (list.Count == 0)
                {
                    _devicesByUser.Remove(userId);
                }
            }
            _persistence.Delete(DeviceKind, deviceKey);
        }
    }

    private void Index(Device device)
    {
        if (_devices.TryGetValue(device.DeviceKey, out var existing) && ReferenceEquals(existing, device))
        {
            return;
        }

        _devices[device.DeviceKey] = device;
        var userId = UserId(device.UserPoolId, device.UsernameKey);
        if (!_devicesByUser.TryGetValue(userId, out var list))
        {
            _devicesByUser[userId] = list = [];
        }

        list.RemoveAll(d => d.DeviceKey == device.DeviceKey);
        list.Add(device);
    }

    // ---- refresh grants

    public RefreshGrant? FindGrantByTokenHash(string tokenHash)
    {
        lock (Sync)
        {
            return _grantsByHash.GetValueOrDefault(tokenHash);
        }
    }

    /// <summary>Whether the sign-in named by an access token's origin_jti is still live (not signed out, user not deleted).</summary>
    public bool GrantActive(string originJti)
    {
        lock (Sync)
        {
            return _grantsByOrigin.TryGetValue(originJti, out var g) && !g.Revoked;
        }
    }

    public void SaveGrant(RefreshGrant grant)
    {
        lock (Sync)
        {
            Index(grant);
            Write(GrantKind, grant.TokenHash, grant);
        }
    }

    /// <summary>
    /// Records a new sign-in's grant. A user's oldest grants beyond <paramref name="keepPerUser"/> are dropped, so a
    /// load test signing in without end cannot grow memory without bound (their tokens then stop working).
    /// </summary>
    public void AddGrant(RefreshGrant grant, int keepPerUser)
    {
        lock (Sync)
        {
            SaveGrant(grant);
            var all = _grantsByUser[UserId(grant.UserPoolId, grant.UsernameKey)];
            if (all.Count <= keepPerUser)
            {
                return;
            }

            foreach (var old in all.OrderBy(g => g.AuthTime).Take(all.Count - keepPerUser).ToList())
            {
                DeleteGrant(old);
            }
        }
    }

    public void DeleteGrant(RefreshGrant grant)
    {
        lock (Sync)
        {
            _grantsByOrigin.Remove(grant.OriginJti);
            var userId = UserId(grant.UserPoolId, grant.UsernameKey);
            if (_grantsByUser.TryGetValue(userId, out var list))
            {
                list.Remove(grant);
                if (list.Count == 0)
                {
                    _grantsByUser.Remove(userId);
                }
            }
            if (_grantsByHash.Remove(grant.TokenHash))
            {
                _persistence.Delete(GrantKind, grant.TokenHash);
            }
        }
    }

    /// <summary>Revokes every refresh grant of a user: their refresh tokens and the access tokens issued with them stop working.</summary>
    public void RevokeGrants(string poolId, string usernameKey)
    {
        lock (Sync)
        {
            foreach (var grant in GrantsOf(poolId, usernameKey).Where(g => !g.Revoked))
            {
                grant.Revoked = true;
                Write(GrantKind, grant.TokenHash, grant);
            }
        }
    }

    private List<RefreshGrant> GrantsOf(string poolId, string usernameKey) =>
        _grantsByUser.TryGetValue(UserId(poolId, usernameKey), out var grants) ? grants.ToList() : [];

    private void Index(RefreshGrant grant)
    {
        if (_grantsByHash.TryGetValue(grant.TokenHash, out var existing) && ReferenceEquals(existing, grant))
        {
            return;
        }

        _grantsByHash[grant.TokenHash] = grant;
        _grantsByOrigin[grant.OriginJti] = grant;
        var userId = UserId(grant.UserPoolId, grant.UsernameKey);
        if (!_grantsByUser.TryGetValue(userId, out var list))
        {
            _grantsByUser[userId] = list = [];
        }

        list.Add(grant);
    }

    /// <summary>Drops refresh grants that expired, so the table does not grow without end.</summary>
    public void PruneExpiredGrants(DateTimeOffset now)
    {
        lock (Sync)
        {
            foreach (var grant in _grantsByHash.Values.Where(g => g.ExpiresAt <= now).ToList())
            {
                DeleteGrant(grant);
            }
        }
    }

    // ---- server metadata (which pool is the default one)

    public string? GetMeta(string key)
    {
        lock (Sync)
        {
            return _meta.GetValueOrDefault(key);
        }
    }

    public void SetMeta(string key, string value)
    {
        lock (Sync) { _meta[key] = value; Write(MetaKind, key, new KeyValuePair<string, string>(key, value)); }
    }

    public void Dispose() => _persistence.Dispose();

    private static string UserId(string poolId, string usernameKey) => poolId + "/" + usernameKey;

    private void Write<T>(string kind, string id, T entity) => _persistence.Upsert(kind, id, JsonSerializer.Serialize(entity));

    private static T Read<T>(string json) => JsonSerializer.Deserialize<T>(json)
        ?? throw new InvalidDataException($"Stored {typeof(T).Name} is empty.");
}
