namespace LocalCognito.Store;

public sealed partial class CognitoStore
{
    /// <summary>Groups by pool id and group name (names are case-sensitive, as in Cognito).</summary>
    private readonly Dictionary<string, Group> _groups = new();

    public Group? FindGroup(string poolId, string groupName)
    {
        lock (_sync)
        {
            return _groups.GetValueOrDefault(GroupId(poolId, groupName));
        }
    }

    public IReadOnlyList<Group> Groups(string poolId)
    {
        lock (_sync)
        {
            return _groups.Values.Where(group => group.UserPoolId == poolId)
                .OrderBy(group => group.GroupName, StringComparer.Ordinal).ToList();
        }
    }

    /// <summary>Adds a group unless the pool has one by that name.</summary>
    public bool TryAddGroup(Group group)
    {
        lock (_sync)
        {
            var id = GroupId(group.UserPoolId, group.GroupName);
            if (_groups.ContainsKey(id))
            {
                return false;
            }

            Write(GroupKind, id, group);
            _groups[id] = group;
            return true;
        }
    }

    /// <summary>Changes a group atomically, as <see cref="UpdateUser"/> changes a user.</summary>
    public Group UpdateGroup(string poolId, string groupName, Func<Exception> whenMissing, Action<Group> change)
    {
        var id = GroupId(poolId, groupName);
        return ChangeOptimistically(() => FindGroupById(id), group => group.Copy(), change, whenMissing, (read, changed) =>
        {
            if (!_groups.TryGetValue(id, out var current) || !ReferenceEquals(current, read))
            {
                return false;
            }

            Write(GroupKind, id, changed);
            _groups[id] = changed;
            return true;
        });
    }

    private Group? FindGroupById(string id)
    {
        lock (_sync)
        {
            return _groups.GetValueOrDefault(id);
        }
    }

    /// <summary>Removes a group and every membership in it; false when there is no such group.</summary>
    public bool DeleteGroup(string poolId, string groupName)
    {
        lock (_sync)
        {
            var id = GroupId(poolId, groupName);
            if (!_groups.Remove(id))
            {
                return false;
            }

            foreach (var (userId, user) in _users.Where(entry => entry.Value.UserPoolId == poolId && entry.Value.Groups.Contains(groupName)).ToList())
            {
                var changed = user.Copy();
                changed.Groups.Remove(groupName);
                Write(UserKind, userId, changed);
                _users[userId] = changed;
            }

            _persistence.Delete(GroupKind, id);
            return true;
        }
    }

    /// <summary>Adds or removes a membership; the group's existence is checked under the same lock as the change.</summary>
    public User UpdateMembership(UserPool pool, string username, string groupName, bool member, Func<Exception> whenUserMissing, Func<Exception> whenGroupMissing)
    {
        User? changed = null;
        bool groupExists;
        lock (_sync)
        {
            groupExists = _groups.ContainsKey(GroupId(pool.Id, groupName));
            if (groupExists)
            {
                changed = ChangeUser(pool, username, user =>
                {
                    user.Groups.Remove(groupName);
                    if (member)
                    {
                        user.Groups.Add(groupName);
                    }
                });
            }
        }

        // The callers' errors are made outside the lock.
        return !groupExists ? throw whenGroupMissing() : changed ?? throw whenUserMissing();
    }

    private static string GroupId(string poolId, string groupName) => poolId + "/" + groupName;
}
