namespace LocalCognito.Store;

/// <summary>Changes to single refresh grants: RevokeToken and refresh-token rotation.</summary>
public sealed partial class CognitoStore
{
    /// <summary>Revokes one grant (its refresh token and the access tokens issued from it); false when there is none.</summary>
    public bool RevokeGrant(string tokenHash)
    {
        lock (_sync)
        {
            if (!_grantsByHash.TryGetValue(tokenHash, out var grant))
            {
                return false;
            }

            grant.Revoked = true;
            Write(GrantKind, grant.TokenHash, grant);
            return true;
        }
    }

    /// <summary>
    /// Rotation: marks the grant superseded (keeping the first time it was) and adds its successor, unless the grant
    /// was already superseded longer ago than <paramref name="gracePeriod"/> or revoked meanwhile; false then, and
    /// nothing changes. The check and the change are one step, so two racing refreshes cannot both pass a closed window.
    /// </summary>
    public bool TryRotateGrant(string tokenHash, RefreshGrant successor, DateTimeOffset now, TimeSpan gracePeriod, int keepPerUser)
    {
        lock (_sync)
        {
            if (!_grantsByHash.TryGetValue(tokenHash, out var grant) || grant.Revoked
                || (grant.SupersededAt is { } supersededAt && now > supersededAt + gracePeriod))
            {
                return false;
            }

            grant.SupersededAt ??= now;
            Write(GrantKind, grant.TokenHash, grant);
            AddGrant(successor, keepPerUser);
            return true;
        }
    }
}
