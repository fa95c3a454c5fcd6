using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using LocalCognito;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;

namespace Reliability.Tests;

/// <summary>
/// A flood of InitiateAuth calls that each open a sign-in session and never finish it: the sessions in progress are
/// bounded (here --max-sessions 2000), the calls beyond get TooManyRequestsException "Rate exceeded", and the server's
/// memory stays flat instead of growing with every call until the sessions expire.
/// </summary>
public sealed class SessionFloodTests
{
    private const int Users = 400;
    private const int MaxSessions = 2_000;
    private const int WarmUpCalls = 6_000;
    private const int FloodCalls = 40_000;
    private const int Workers = 8;
    private const long AllowedGrowthBytes = 4L * 1024 * 1024;
    private const string Password = "Passw0rd!";

    [Fact]
    public async Task Memory_stays_flat_under_a_flood_of_sign_ins_that_are_never_finished()
    {
        using var serverLog = new ServerErrorLog();
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { LoggerFactory = serverLog, MaxAuthSessions = MaxSessions });
        using var http = LoopbackHttp.Create();
        var cognito = new CognitoWireClient(http, server.Endpoint, new SigV4Signer(server.AccessKeyId, server.SecretAccessKey, server.Region));
        var usernames = Enumerable.Range(0, Users).Select(i => $"flood-{i}").ToList();
        await Parallel.ForEachAsync(usernames, new ParallelOptions { MaxDegreeOfParallelism = Workers }, async (username, ct) =>
        {
            await cognito.CallAsync("AdminCreateUser", new JsonObject
            {
                ["UserPoolId"] = server.UserPoolId,
                ["Username"] = username,
                ["MessageAction"] = "SUPPRESS",
            }, ct);
            await cognito.CallAsync("AdminSetUserPassword", new JsonObject
            {
                ["UserPoolId"] = server.UserPoolId,
                ["Username"] = username,
                ["Password"] = Password,
                ["Permanent"] = true,
            }, ct);
        });

        var outcomes = new ConcurrentDictionary<string, int>();
        await FloodAsync(cognito, server.ClientId, usernames, WarmUpCalls, outcomes);
        var afterWarmUp = ManagedHeapBytes();
        await FloodAsync(cognito, server.ClientId, usernames, FloodCalls, outcomes);
        var afterFlood = ManagedHeapBytes();

        var report = $"outcomes: {string.Join(", ", outcomes.Select(kv => $"{kv.Key} x{kv.Value}"))}\n{serverLog.Describe()}";
        Assert.True(afterFlood - afterWarmUp < AllowedGrowthBytes,
            $"The heap grew by {(afterFlood - afterWarmUp) / 1024 / 1024.0:F1} MiB over {FloodCalls} more sign-ins ({afterWarmUp / 1024 / 1024} MiB after warm-up).\n{report}");
        Assert.True(outcomes.Keys.All(key => key is "MFA_SETUP" or "TooManyRequestsException: Rate exceeded"), report);
        Assert.Equal(MaxSessions, outcomes.GetValueOrDefault("MFA_SETUP"));
    }

    private static async Task FloodAsync(CognitoWireClient cognito, string clientId, IReadOnlyList<string> usernames, int calls,
        ConcurrentDictionary<string, int> outcomes)
    {
        await Parallel.ForAsync(0, Workers, async (worker, ct) =>
        {
            for (var i = worker; i < calls; i += Workers)
            {
                var response = await cognito.SendAsync("InitiateAuth", new JsonObject
                {
                    ["ClientId"] = clientId,
                    ["AuthFlow"] = "USER_PASSWORD_AUTH",
                    ["AuthParameters"] = new JsonObject { ["USERNAME"] = usernames[i % usernames.Count], ["PASSWORD"] = Password },
                }, ct);
                var outcome = response.Status == HttpStatusCode.OK
                    ? response.TryParseObject()?["ChallengeName"]?.GetValue<string>() ?? "200 without a challenge"
                    : $"{response.ErrorCode}: {response.ErrorMessage}";
                outcomes.AddOrUpdate(outcome, 1, (_, count) => count + 1);
            }
        });
    }

    private static long ManagedHeapBytes()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
