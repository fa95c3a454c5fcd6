using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;
using TestSupport;
using Xunit.Abstractions;

namespace Reliability.Tests;

/// <summary>
/// Standalone LocalCognito with a data directory is killed with SIGKILL while sign-ups, confirmations and
/// MFA enrolments are in flight; after a restart on the same directory every write it acknowledged is there.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output) : IDisposable
{
    private const int Workers = 8;
    private const int EnrolledBeforeKill = 40;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan MaxWriteTime = TimeSpan.FromSeconds(60);

    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("localcognito-crash-");

    private enum Acknowledged { SignedUp, Confirmed, MfaEnrolled }

    private sealed record UserRecord(MfaUserJourney Journey, Acknowledged State);

    [Fact]
    public async Task Every_acknowledged_write_survives_kill_9_and_restart()
    {
        var acknowledged = new ConcurrentDictionary<string, UserRecord>();
        var unexpected = new ConcurrentQueue<string>();
        var killed = 0;
        string poolId, clientId;

        using (var first = await StandaloneLocalCognito.StartAsync(_data.FullName, StartTimeout))
        using (var http = LoopbackHttp.Create())
        {
            var cognito = Wire(http, first.Endpoint);
            (poolId, clientId) = await DefaultPoolAsync(cognito);
            using var stop = new CancellationTokenSource();
            var workers = Enumerable.Range(0, Workers)
                .Select(w => Task.Run(() => WriteUntilStoppedAsync(w, cognito, poolId, clientId, acknowledged, unexpected,
                    () => Volatile.Read(ref killed) == 1, stop.Token)))
                .ToArray();

            // Kill while every worker is mid-way through its calls, once enough enrolments are on record.
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (acknowledged.Values.Count(u => u.State == Acknowledged.MfaEnrolled) < EnrolledBeforeKill
                   && waited.Elapsed < MaxWriteTime && unexpected.IsEmpty)
            {
                await Task.Delay(50);
            }
            Volatile.Write(ref killed, 1);
            first.KillHard();
            await stop.CancelAsync();
            await Task.WhenAll(workers);
            Assert.True(unexpected.IsEmpty, "Calls failed before the kill:\n" + string.Join("\n", unexpected.Take(10)) +
                                            "\nServer output:\n" + first.Output);
        }

        Assert.True(acknowledged.Values.Any(u => u.State == Acknowledged.MfaEnrolled),
            "No MFA enrolment was acknowledged before the kill; the test proved nothing.");

        output.WriteLine("Acknowledged before kill -9: " + string.Join(", ",
            acknowledged.Values.GroupBy(u => u.State).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key}")));

        using var second = await StandaloneLocalCognito.StartAsync(_data.FullName, StartTimeout);
        using var http2 = LoopbackHttp.Create();
        var restarted = Wire(http2, second.Endpoint);
        Assert.Equal((poolId, clientId), await DefaultPoolAsync(restarted));

        var lost = new List<string>();
        foreach (var (username, record) in acknowledged.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var problem = await CheckSurvivedAsync(restarted, poolId, record with { Journey = record.Journey.Via(restarted) });
            if (problem is not null)
            {
                lost.Add($"{username} (acknowledged {record.State}): {problem}");
            }
        }
        Assert.True(lost.Count == 0,
            $"{lost.Count} of {acknowledged.Count} acknowledged users lost or changed after kill -9:\n{string.Join("\n", lost.Take(20))}");
    }

    public void Dispose() => _data.Delete(recursive: true);

    private static CognitoWireClient Wire(HttpClient http, Uri endpoint) =>
        new(http, endpoint, new SigV4Signer("local", "local", "us-east-1"));

    /// <summary>The default user pool and app client, found the way an operator would: ListUserPools, ListUserPoolClients.</summary>
    private static async Task<(string PoolId, string ClientId)> DefaultPoolAsync(CognitoWireClient cognito)
    {
        var pools = await cognito.CallAsync("ListUserPools", new JsonObject { ["MaxResults"] = 60 });
        var poolId = pools["UserPools"]?.AsArray().FirstOrDefault()?["Id"]?.GetValue<string>()
                     ?? throw new InvalidOperationException("ListUserPools returned no pool.");
        var clients = await cognito.CallAsync("ListUserPoolClients", new JsonObject { ["UserPoolId"] = poolId, ["MaxResults"] = 60 });
        var clientId = clients["UserPoolClients"]?.AsArray().FirstOrDefault()?["ClientId"]?.GetValue<string>()
                       ?? throw new InvalidOperationException("ListUserPoolClients returned no client.");
        return (poolId, clientId);
    }

    /// <summary>Signs users up, confirms and enrols them, recording each step the server acknowledged.</summary>
    private static async Task WriteUntilStoppedAsync(int worker, CognitoWireClient cognito, string poolId, string clientId,
        ConcurrentDictionary<string, UserRecord> acknowledged, ConcurrentQueue<string> unexpected,
        Func<bool> killed, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var journey = new MfaUserJourney(cognito, poolId, clientId, $"crash-w{worker}-{i:D4}");
            try
            {
                await journey.SignUpAsync(stop);
                acknowledged[journey.Username] = new UserRecord(journey, Acknowledged.SignedUp);
                await journey.ConfirmFromOutboxAsync(stop);
                acknowledged[journey.Username] = new UserRecord(journey, Acknowledged.Confirmed);
                await journey.EnrolTotpAsync(stop);
                acknowledged[journey.Username] = new UserRecord(journey, Acknowledged.MfaEnrolled);
            }
            catch (Exception e) when (killed() || stop.IsCancellationRequested)
            {
                _ = e; // The server is gone: this call was never acknowledged.
                return;
            }
            catch (Exception e) when (e is WireCallException or InvalidOperationException or HttpRequestException)
            {
                unexpected.Enqueue($"{journey.Username}: {e.Message}");
                return;
            }
        }
    }

    /// <summary>Null when the user is there in at least the acknowledged state; otherwise what is wrong.</summary>
    private static async Task<string?> CheckSurvivedAsync(CognitoWireClient cognito, string poolId, UserRecord record)
    {
        var username = record.Journey.Username;
        var user = await cognito.SendAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = username });
        if (!user.IsSuccess)
        {
            return $"AdminGetUser: {user}";
        }
        var status = user.TryParseObject()?["UserStatus"]?.GetValue<string>();
        if (record.State == Acknowledged.SignedUp)
        {
            return status is "UNCONFIRMED" or "CONFIRMED" ? null : $"status {status}";
        }
        if (status != "CONFIRMED")
        {
            return $"status {status}, expected CONFIRMED";
        }
        var (challenge, _) = await record.Journey.AdminSignInAsync();
        if (record.State == Acknowledged.Confirmed)
        {
            return challenge is "MFA_SETUP" or "SOFTWARE_TOKEN_MFA" ? null : $"sign-in challenge {challenge ?? "none"}";
        }
        if (challenge != "SOFTWARE_TOKEN_MFA")
        {
            return $"sign-in challenge {challenge ?? "none"}, expected SOFTWARE_TOKEN_MFA (enrolment lost)";
        }
        try
        {
            // The stored TOTP secret must be the one the user's authenticator holds.
            await record.Journey.SignInWithTotpAsync();
            return null;
        }
        catch (WireCallException e)
        {
            return $"MFA sign-in with the enrolled secret failed: {e.Response}";
        }
    }
}
