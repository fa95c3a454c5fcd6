namespace LocalCognito.Store;

public sealed partial class CognitoStore
{
    /// <summary>Users by pool id and user-name key (see <see cref="UserPool.UsernameKey"/>).</summary>
    private readonly Dictionary<string, User> _users = new();

    public User? FindUser(UserPool pool, string username)
    {
        lock (_sync)
        {
            return _users.GetValueOrDefault(UserId(pool, username));
        }
    }

    public IReadOnlyList<User> Users(string poolId)
    {
        lock (_sync)
        {
            return _users.Values.Where(user => user.UserPoolId == poolId).OrderBy(user => user.Username, StringComparer.Ordinal).ToList();
        }
    }

    public int CountUsers(string poolId)
    {
        lock (_sync)
        {
            return _users.Values.Count(user => user.UserPoolId == poolId);
        }
    }

    /// <summary>
    /// Adds a new user unless the pool has one by that name. <paramref name="stored"/> is the user the store then
    /// holds: the new one, or the one that was already there.
    /// </summary>
    public bool TryAddUser(UserPool pool, User user, out User stored)
    {
        lock (_sync)
        {
            var id = UserId(pool, user.Username);
            if (_users.TryGetValue(id, out var existing))
            {
                stored = existing;
                return false;
            }

            Write(UserKind, id, user);
            _users[id] = user;
            stored = user;
            return true;
        }
    }

    /// <summary>
    /// Changes a user atomically: <paramref name="change"/> runs on a copy of the current user (outside the lock, and
    /// again on a newer user if another change came first, see <see cref="ChangeOptimistically"/>); the copy is then
    /// persisted, replaces the user and is returned. A change that throws (a rule it checks failed) leaves the user as
    /// it was. Without such a user, the error from <paramref name="whenMissing"/> is thrown.
    /// </summary>
    public User UpdateUser(UserPool pool, string username, Func<Exception> whenMissing, Action<User> change) =>
        UpdateUser(pool, username, whenMissing, user =>
        {
            change(user);
            return true;
        }).User;

    /// <summary>As <see cref="UpdateUser(UserPool, string, Func{Exception}, Action{User})"/>, with what the change found out.</summary>
    public (User User, TResult Result) UpdateUser<TResult>(UserPool pool, string username, Func<Exception> whenMissing, Func<User, TResult> change)
    {
        var id = UserId(pool, username);
        TResult result = default!;
        var user = ChangeOptimistically(() => FindUser(pool, username), user => user.Copy(), user => result = change(user), whenMissing,
            (read, changed) =>
            {
                if (!_users.TryGetValue(id, out var current) || !ReferenceEquals(current, read))
                {
                    return false;
                }

                Replace(id, changed);
                return true;
            });
        return (user, result);
    }

    /// <summary>
    /// A change this store defines, applied to a copy of the user under the lock and then persisted; null when there
    /// is no such user. Only Store/ code passes changes here, so no caller's code runs under the lock.
    /// </summary>
    private User? ChangeUser(UserPool pool, string username, Action<User> change)
    {
        lock (_sync)
        {
            var id = UserId(pool, username);
            if (!_users.TryGetValue(id, out var current))
            {
                return null;
            }

            var changed = current.Copy();
            change(changed);
            return Replace(id, changed);
        }
    }

    /// <summary>Persists a changed copy and makes it the stored user (call under the lock).</summary>
    private User Replace(string id, User changed)
    {
        Write(UserKind, id, changed);
        _users[id] = changed;
        return changed;
    }

    /// <summary>Removes a user, their devices and their refresh grants (which ends their tokens); false when there is no such user.</summary>
    public bool DeleteUser(UserPool pool, string username)
    {
        lock (_sync)
        {
            var id = UserId(pool, username);
            return _users.TryGetValue(id, out var user) && DeleteUser(id, user);
        }
    }

    private bool DeleteUser(string id, User user)
    {
        var usernameKey = id[(user.UserPoolId.Length + 1)..];
        foreach (var device in Devices(user.UserPoolId, usernameKey))
        {
            DeleteDevice(device.DeviceKey);
        }

        foreach (var grant in GrantsOf(user.UserPoolId, usernameKey))
        {
            DeleteGrant(grant);
        }

        _persistence.Delete(UserKind, id);
        return _users.Remove(id);
    }

    private static string UserId(UserPool pool, string username) => UserId(pool.Id, pool.UsernameKey(username));

    private static string UserId(string poolId, string usernameKey) => poolId + "/" + usernameKey;
}
