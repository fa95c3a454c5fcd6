using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// Cognito's temporary lockout after failed sign-in attempts (developer guide, "Lockout behavior for failed
/// sign-in attempts"): five failures are free; after the n-th failure (n &gt;= 5) the user is locked out for
/// 2^(n-5) seconds, at most 15 minutes. Every attempt while locked — even with the right password — gets
/// NotAuthorizedException "Password attempts exceeded" and does not count. A successful sign-in (tokens issued),
/// or 15 minutes without any attempt, starts the count again. Wrong passwords and wrong MFA codes share the count
/// (the MFA guide says five wrong codes start the same lockout), so opening new sessions with a known password
/// does not reset it.
/// </summary>
public sealed class SignInLockout(TimeProvider time, LockoutSettings settings)
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan LongestLockout = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan QuietReset = TimeSpan.FromMinutes(15);

    private readonly PerUserState<Entry> _users = new(time, QuietReset);

    /// <summary>The lockout after <paramref name="failures"/> counted failures (zero below five).</summary>
    public static TimeSpan LockoutAfter(int failures) => failures < FreeFailures
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(Math.Pow(2, failures - FreeFailures), LongestLockout.TotalSeconds));

    /// <summary>
    /// One password check under the lockout: throws "Password attempts exceeded" while the user is locked out,
    /// otherwise runs <paramref name="verify"/> (under the user's lock, so parallel guesses are counted one by one)
    /// and counts a false answer as a failure.
    /// </summary>
    public bool Attempt(User user, Func<bool> verify)
    {
        if (!settings.Enabled)
        {
            return verify();
        }

        return _users.With(user, (entry, now) =>
        {
            Begin(entry, now);
            var passed = verify();
            if (!passed)
            {
                Fail(entry, now);
            }

            return passed;
        });
    }

    /// <summary>Throws "Password attempts exceeded" while the user is locked out (for checks that throw their own errors).</summary>
    public void ThrowIfLockedOut(User user)
    {
        if (settings.Enabled)
        {
            _users.With(user, (entry, now) =>
            {
                Begin(entry, now);
                return true;
            });
        }
    }

    /// <summary>Counts one failed check (a wrong MFA code) made after <see cref="ThrowIfLockedOut"/>.</summary>
    public void Failed(User user)
    {
        if (settings.Enabled)
        {
            _users.With(user, (entry, now) =>
            {
                Fail(entry, now);
                return true;
            });
        }
    }

    /// <summary>The user signed in (tokens issued): earlier failures no longer count.</summary>
    public void SignedIn(User user)
    {
        if (settings.Enabled)
        {
            _users.With(user, (entry, _) =>
            {
                entry.Failures = 0;
                entry.LockedUntil = DateTimeOffset.MinValue;
                return true;
            });
        }
    }

    private static void Begin(Entry entry, DateTimeOffset now)
    {
        if (now - entry.LastSeen >= QuietReset)
        {
            entry.Failures = 0;
            entry.LockedUntil = DateTimeOffset.MinValue;
        }

        entry.LastSeen = now;
        if (now < entry.LockedUntil)
        {
            throw Errors.PasswordAttemptsExceeded();
        }
    }

    private static void Fail(Entry entry, DateTimeOffset now)
    {
        entry.Failures++;
        entry.LastSeen = now;
        entry.LockedUntil = now + LockoutAfter(entry.Failures);
    }

    private sealed class Entry : PerUserEntry
    {
        public int Failures { get; set; }
        public DateTimeOffset LockedUntil { get; set; } = DateTimeOffset.MinValue;
    }
}
