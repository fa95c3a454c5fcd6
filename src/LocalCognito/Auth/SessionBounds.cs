namespace LocalCognito.Auth;

/// <summary>
/// How many sign-in sessions are live, per user and in total, against the bounds in <see cref="LockoutSettings"/>.
/// Sessions otherwise live until they expire (3 to 15 minutes), so a flood of InitiateAuth calls would hold hundreds
/// of MiB; with the bounds memory stays flat and one user's flood cannot take every place. Counting is skipped when
/// the limits are off (load tests).
/// </summary>
public sealed class SessionBounds(LockoutSettings settings)
{
    private readonly Lock _sync = new();
    private readonly Dictionary<string, int> _perUser = new(StringComparer.Ordinal);
    private int _total;

    /// <summary>The most consumed-session markers kept (they only improve the message for a reused session).</summary>
    public int MaxUsedMarkers => settings.Enabled ? settings.MaxAuthSessions : int.MaxValue;

    /// <summary>Takes a place for one more session of the user; false when the user's or the server's bound is reached.</summary>
    public bool TryAdmit(string userKey)
    {
        if (!settings.Enabled)
        {
            return true;
        }

        lock (_sync)
        {
            var userCount = _perUser.GetValueOrDefault(userKey);
            if (_total >= settings.MaxAuthSessions || userCount >= settings.MaxAuthSessionsPerUser)
            {
                return false;
            }

            _total++;
            _perUser[userKey] = userCount + 1;
            return true;
        }
    }

    /// <summary>Gives back the place of a session that was used, expired or pruned.</summary>
    public void Release(string userKey)
    {
        if (!settings.Enabled)
        {
            return;
        }

        lock (_sync)
        {
            _total--;
            var userCount = _perUser.GetValueOrDefault(userKey) - 1;
            if (userCount <= 0)
            {
                _perUser.Remove(userKey);
            }
            else
            {
                _perUser[userKey] = userCount;
            }
        }
    }
}
