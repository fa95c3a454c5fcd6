using System.Globalization;
using Reliability.Tests.Support;

namespace LoadTest;

/// <summary>Signs up many users over HTTP, then reads the server's resident memory from /proc.</summary>
public static class MemoryProbe
{
    public static async Task<string> RunAsync(LocalCognitoTarget target, int users, int clients, TextWriter log)
    {
        var (baseline, _) = target.Server.Memory();
        var run = Guid.NewGuid().ToString("N")[..6];
        var progress = 0;
        var result = await LoadRunner.RunAsync(target.Name, "SignUp (bulk)", clients, users, null, async (i, ct) =>
        {
            await new MfaUserJourney(target.Cognito, target.PoolId, target.ClientId, $"m{run}-{i:D7}").SignUpAsync(ct);
            if (Interlocked.Increment(ref progress) % 10_000 == 0)
            {
                log.WriteLine($"  {progress} users, RSS {target.Server.Memory().RssKiB / 1024} MiB");
            }
        });
        await Task.Delay(TimeSpan.FromSeconds(3)); // let in-flight work and the GC settle
        var (rss, peak) = target.Server.Memory();
        return string.Create(CultureInfo.InvariantCulture,
            $"users signed up: {result.Completed} (failed {result.Failed}{(result.FirstError is null ? "" : ", first: " + result.FirstError)}) " +
            $"in {result.Seconds:F1} s ({result.PerSecond:F0}/s); VmRSS before {baseline / 1024} MiB, after {rss / 1024} MiB, peak (VmHWM) {peak / 1024} MiB");
    }
}
