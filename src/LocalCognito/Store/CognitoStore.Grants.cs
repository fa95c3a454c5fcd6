namespace LocalCognito.Store;

public sealed partial class CognitoStore
{
    private readonly Dictionary<string, RefreshGrant> _grantsByHash = new();
    private readonly Dictionary<string, RefreshGrant> _grantsByOrigin = new();
    private readonly Dictionary<string, List<RefreshGrant>> _grantsByUser = new();

    public RefreshGrant? FindGrantByTokenHash(string tokenHash)
    {
        lock (_sync)
        {
            return _grantsByHash.GetValueOrDefault(tokenHash);
        }
    }

    /// <summary>Whether the sign-in named by an access token's origin_jti is still live (not signed out, user not deleted).</summary>
    public bool GrantActive(string originJti)
    {
        lock (_sync)
        {
            return _grantsByOrigin.TryGetValue(originJti, out var grant) && !grant.Revoked;
        }
    }

    /// <summary>
    /// Records a new sign-in's grant. A user's oldest grants beyond <paramref name="keepPerUser"/> are dropped, so a
    /// load test signing in without end cannot grow memory without bound (their tokens then stop working).
    /// </summary>
    public void AddGrant(RefreshGrant grant, int keepPerUser)
    {
        lock (_sync)
        {
            Write(GrantKind, grant.TokenHash, grant);
            Index(grant);
            var all = _grantsByUser[UserId(grant.UserPoolId, grant.UsernameKey)];
            if (all.Count <= keepPerUser)
            {
                return;
            }

            foreach (var old in all.OrderBy(existing => existing.AuthTime).Take(all.Count - keepPerUser).ToList())
            {
                DeleteGrant(old);
            }
        }
    }

    /// <summary>Revokes every refresh grant of a user: their refresh tokens and the access tokens issued with them stop working.</summary>
    public void RevokeGrants(string poolId, string usernameKey)
    {
        lock (_sync)
        {
            foreach (var grant in GrantsOf(poolId, usernameKey).Where(grant => !grant.Revoked))
            {
                grant.Revoked = true;
                Write(GrantKind, grant.TokenHash, grant);
            }
        }
    }

    /// <summary>Drops refresh grants that expired, so the table does not grow without end.</summary>
    public void PruneExpiredGrants(DateTimeOffset now)
    {
        lock (_sync)
        {
            foreach (var grant in _grantsByHash.Values.Where(grant => grant.ExpiresAt <= now).ToList())
            {
                DeleteGrant(grant);
            }
        }
    }

    private List<RefreshGrant> GrantsOf(string poolId, string usernameKey) =>
        _grantsByUser.TryGetValue(UserId(poolId, usernameKey), out var grants) ? grants.ToList() : [];

    private void DeleteGrant(RefreshGrant grant)
    {
        _grantsByOrigin.Remove(grant.OriginJti);
        var userId = UserId(grant.UserPoolId, grant.UsernameKey);
        if (_grantsByUser.TryGetValue(userId, out var grants))
        {
            grants.Remove(grant);
            if (grants.Count == 0)
            {
                _grantsByUser.Remove(userId);
            }
        }

        if (_grantsByHash.Remove(grant.TokenHash))
        {
            _persistence.Delete(GrantKind, grant.TokenHash);
        }
    }

    private void Index(RefreshGrant grant)
    {
        _grantsByHash[grant.TokenHash] = grant;
        _grantsByOrigin[grant.OriginJti] = grant;
        var userId = UserId(grant.UserPoolId, grant.UsernameKey);
        if (!_grantsByUser.TryGetValue(userId, out var grants))
        {
            _grantsByUser[userId] = grants = [];
        }

        grants.Add(grant);
    }
}
