using System.Collections.Concurrent;
using Reliability.Tests.Support;
using TestSupport;

namespace LoadTest;

/// <summary>
/// Users with TOTP enrolled, lent out one at a time. Cognito accepts each 30-second TOTP step once per user,
/// so a user whose acceptable steps are used up goes back to the end of the queue until time moves on.
/// </summary>
public sealed class EnrolledUserPool(IEnumerable<MfaUserJourney> users)
{
    private readonly ConcurrentQueue<MfaUserJourney> _queue = new(users);
    private long _waits;

    public int Count => _queue.Count;

    /// <summary>How often no user had a fresh TOTP step left (the run then waited; more users would avoid it).</summary>
    public long Waits => Interlocked.Read(ref _waits);

    public IReadOnlyList<MfaUserJourney> Snapshot() => _queue.ToArray();

    public async Task<MfaUserJourney> TakeAsync(CancellationToken ct)
    {
        var tried = 0;
        while (true)
        {
            if (_queue.TryDequeue(out var user))
            {
                if (TotpCodes.NextUsableStep(user.LastUsedStep, DateTimeOffset.UtcNow) is not null)
                {
                    return user;
                }
                _queue.Enqueue(user);
            }
            if (++tried >= Math.Max(1, _queue.Count))
            {
                Interlocked.Increment(ref _waits);
                await Task.Delay(100, ct);
                tried = 0;
            }
        }
    }

    public void Return(MfaUserJourney user) => _queue.Enqueue(user);
}
