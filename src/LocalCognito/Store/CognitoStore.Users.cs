namespace LocalCognito.Store;

public sealed partial class CognitoStore
{
    /// <summary>Users by pool id and user-name key (see <see cref="UserPool.UsernameKey"/>).</summary>
    private readonly Dictionary<string, User> _users = new();

    /// <summary>The user a name given to an operation stands for: a user name, or a sign-in name (see <see cref="TryResolve"/>).</summary>
    public User? FindUser(UserPool pool, string username)
    {
        lock (_sync)
        {
            return TryResolve(pool, username, out _, out var user) ? user : null;
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
    /// Adds a new user unless the pool has one by that name, or (with UsernameAttributes) one with that email or phone
    /// number. <paramref name="stored"/> is the user the store then holds: the new one, or the one that was already
    /// there. An alias the new user would hold is refused or moved as <paramref name="onAliasConflict"/> says.
    /// </summary>
    public bool TryAddUser(UserPool pool, User user, out User stored, AliasConflict onAliasConflict = AliasConflict.Refuse)
    {
        lock (_sync)
        {
            var id = UserId(pool, user.Username);
            if (_users.TryGetValue(id, out var existing))
            {
                stored = existing;
                return false;
            }

            if (pool.UsernameAttributes.Count > 0 && ClaimSignInNames(pool, id, null, user, onAliasConflict, holderOnly: true) is { } holder)
            {
                stored = holder;
                return false;
            }

            ClaimSignInNames(pool, id, null, user, onAliasConflict);
            Replace(id, user);
            stored = user;
            return true;
        }
    }

    /// <summary>
    /// Changes a user atomically: <paramref name="change"/> runs on a copy of the current user (outside the lock, and
    /// again on a newer user if another change came first, see <see cref="ChangeOptimistically"/>); the copy is then
    /// persisted, replaces the user and is returned. A change that throws (a rule it checks failed) leaves the user as
    /// it was. Without such a user, the error from <paramref name="whenMissing"/> is thrown.
    /// <paramref name="username"/> may be any name the user signs in with; a sign-in name the change gives the user
    /// that another user holds is refused or moved as <paramref name="onAliasConflict"/> says.
    /// </summary>
    public User UpdateUser(UserPool pool, string username, Func<Exception> whenMissing, Action<User> change,
        AliasConflict onAliasConflict = AliasConflict.Refuse) =>
        UpdateUser(pool, username, whenMissing, user =>
        {
            change(user);
            return true;
        }, onAliasConflict).User;

    /// <summary>As <see cref="UpdateUser(UserPool, string, Func{Exception}, Action{User}, AliasConflict)"/>, with what the change found out.</summary>
    public (User User, TResult Result) UpdateUser<TResult>(UserPool pool, string username, Func<Exception> whenMissing, Func<User, TResult> change,
        AliasConflict onAliasConflict = AliasConflict.Refuse)
    {
        var id = "";
        TResult result = default!;
        var user = ChangeOptimistically(() => Resolve(pool, username, out id), user => user.Copy(), user => result = change(user), whenMissing,
            (read, changed) =>
            {
                if (!_users.TryGetValue(id, out var current) || !ReferenceEquals(current, read))
                {
                    return false;
                }

                ClaimSignInNames(pool, id, current, changed, onAliasConflict);
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
            if (!TryResolve(pool, username, out var id, out var current))
            {
                return null;
            }

            var changed = current.Copy();
            change(changed);
            ClaimSignInNames(pool, id, current, changed, AliasConflict.Refuse);
            return Replace(id, changed);
        }
    }

    private User? Resolve(UserPool pool, string username, out string id)
    {
        lock (_sync)
        {
            return TryResolve(pool, username, out id, out var user) ? user : null;
        }
    }

    /// <summary>Persists a new or changed user and makes it the stored one (call under the lock).</summary>
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
            return TryResolve(pool, username, out var id, out var user) && DeleteUser(id, user);
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
