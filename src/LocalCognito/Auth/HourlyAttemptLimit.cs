using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// At most a given number of attempts per user in any rolling hour; the next one gets LimitExceededException
/// "Attempt limit exceeded, please try after some time." and is not counted. Off when the limits are off.
/// </summary>
public sealed class HourlyAttemptLimit(TimeProvider time, bool enabled, int maxPerHour)
{
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly PerUserState<Entry> _users = new(time, Window);

    /// <summary>Counts one attempt for the user, or throws when the user already made the most allowed in the last hour.</summary>
    public void Take(User user)
    {
        if (!enabled)
        {
            return;
        }

        _users.With(user, (entry, now) =>
        {
            while (entry.Attempts.Count > 0 && now - entry.Attempts.Peek() >= Window)
            {
                entry.Attempts.Dequeue();
            }

            if (entry.Attempts.Count >= maxPerHour)
            {
                throw Errors.AttemptLimitExceeded();
            }

            entry.Attempts.Enqueue(now);
            entry.LastSeen = now;
            return true;
        });
    }

    private sealed class Entry : PerUserEntry
    {
        public Queue<DateTimeOffset> Attempts { get; } = new();
    }
}
