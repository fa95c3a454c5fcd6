using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// At most <see cref="MaxResends"/> confirmation-code resends per user in any rolling hour; the next one gets
/// LimitExceededException "Attempt limit exceeded, please try after some time." (Cognito does not publish its
/// numbers; five is what users report for its code requests.) Without this, resends would be a free supply of codes.
/// </summary>
public sealed class CodeResendLimit(TimeProvider time, LockoutSettings settings)
{
    public const int MaxResends = 5;
    public static readonly TimeSpan Window = TimeSpan.FromHours(1);

    private readonly PerUserState<Entry> _users = new(time, Window);

    /// <summary>Counts one resend for the user, or throws when the user had <see cref="MaxResends"/> in the last hour.</summary>
    public void Take(User user)
    {
        if (!settings.Enabled)
        {
            return;
        }

        _users.With(user, (entry, now) =>
        {
            while (entry.Sent.Count > 0 && now - entry.Sent.Peek() >= Window)
            {
                entry.Sent.Dequeue();
            }

            if (entry.Sent.Count >= MaxResends)
            {
                throw Errors.AttemptLimitExceeded();
            }

            entry.Sent.Enqueue(now);
            entry.LastSeen = now;
            return true;
        });
    }

    private sealed class Entry : PerUserEntry
    {
        public Queue<DateTimeOffset> Sent { get; } = new();
    }
}
