using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;
using TestSupport;
using Xunit.Abstractions;

namespace Reliability.Tests;

/// <summary>
/// A standalone LocalCognito with --data under a flood of ~20,000 half-open connections: the excess is refused,
/// the process lives, it answers again once the flood ends, and every write it acknowledged survives a kill -9.
/// </summary>
public sealed class ConnectionFloodTests(ITestOutputHelper output) : IDisposable
{
    private const int WantedFloodSize = 20_000;

    // Fewer files than the flood has connections, as on a machine with a default limit: unlimited connections
    // ran the process out of descriptors and it aborted.
    private const int ServerOpenFileLimit = 4096;
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("localcognito-flood-");

    [Fact]
    public async Task A_flood_of_half_open_connections_is_refused_the_server_recovers_and_loses_no_acknowledged_write()
    {
        var acknowledged = new ConcurrentQueue<string>();
        var serverErrors = new ConcurrentQueue<string>();
        string poolId, clientId;
        var elapsed = Stopwatch.StartNew();

        using (var server = await StandaloneLocalCognito.StartAsync(_data.FullName, StartTimeout, ServerOpenFileLimit))
        {
            // One kept-alive connection, opened before the flood, carries writes while the flood lasts.
            using var http = ShortTimeoutHttp(maxConnections: 1);
            var cognito = Wire(http, server.Endpoint);
            (poolId, clientId) = await DefaultPoolAsync(cognito);
            for (var i = 0; i < 5; i++)
            {
                await SignUpAsync(cognito, clientId, $"before-{i}");
                acknowledged.Enqueue($"before-{i}");
            }

            using var stopWriting = new CancellationTokenSource();
            var writer = Task.Run(() => WriteUntilStoppedAsync(cognito, clientId, acknowledged, serverErrors, stopWriting.Token));

            var size = ConnectionFlood.AffordableConnections(WantedFloodSize);
            using (var flood = await ConnectionFlood.OpenAsync(server.Endpoint, size, TimeSpan.FromSeconds(12)))
            {
                output.WriteLine($"Flood of {size}: {flood.Connected} connected, {flood.Failed} refused or failed, after {elapsed.Elapsed.TotalSeconds:F1} s");
                await Task.Delay(TimeSpan.FromSeconds(1));
                Assert.False(server.HasExited, "LocalCognito died under the flood. Output:\n" + Tail(server.Output));
            }

            await stopWriting.CancelAsync();
            await writer;
            Assert.False(server.HasExited, "LocalCognito died when the flood ended. Output:\n" + Tail(server.Output));
            Assert.True(serverErrors.IsEmpty, $"{serverErrors.Count} calls failed inside the server during the flood, first: {serverErrors.FirstOrDefault()}");
            Assert.True(acknowledged.Any(u => u.StartsWith("during-", StringComparison.Ordinal)),
                "No write was acknowledged while the flood lasted: the connection opened before it was not served.");

            // After the flood, new connections are answered again.
            using var fresh = ShortTimeoutHttp();
            var after = Wire(fresh, server.Endpoint);
            await AnswersWithinAsync(after, TimeSpan.FromSeconds(15));
            await SignUpAsync(after, clientId, "after-flood");
            acknowledged.Enqueue("after-flood");
            output.WriteLine($"{acknowledged.Count} sign-ups acknowledged; killing after {elapsed.Elapsed.TotalSeconds:F1} s");
            server.KillHard();
        }

        using var restarted = await StandaloneLocalCognito.StartAsync(_data.FullName, StartTimeout, ServerOpenFileLimit);
        using var http2 = ShortTimeoutHttp();
        var cognito2 = Wire(http2, restarted.Endpoint);
        var lost = new List<string>();
        foreach (var username in acknowledged)
        {
            var user = await cognito2.SendAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = username });
            if (!user.IsSuccess)
            {
                lost.Add($"{username}: {user}");
            }
        }
        Assert.True(lost.Count == 0, $"{lost.Count} of {acknowledged.Count} acknowledged sign-ups lost:\n{string.Join("\n", lost.Take(20))}");
        output.WriteLine($"All {acknowledged.Count} acknowledged sign-ups survived; {elapsed.Elapsed.TotalSeconds:F1} s in all");
    }

    public void Dispose() => _data.Delete(recursive: true);

    private static HttpClient ShortTimeoutHttp(int maxConnections = int.MaxValue)
    {
        var http = LoopbackHttp.Create(maxConnections);
        http.Timeout = TimeSpan.FromSeconds(5);
        return http;
    }

    private static CognitoWireClient Wire(HttpClient http, Uri endpoint) =>
        new(http, endpoint, new SigV4Signer("local", "local", "us-east-1"));

    private static async Task<(string PoolId, string ClientId)> DefaultPoolAsync(CognitoWireClient cognito)
    {
        var pools = await cognito.CallAsync("ListUserPools", new JsonObject { ["MaxResults"] = 60 });
        var poolId = pools["UserPools"]![0]!["Id"]!.GetValue<string>();
        var clients = await cognito.CallAsync("ListUserPoolClients", new JsonObject { ["UserPoolId"] = poolId, ["MaxResults"] = 60 });
        return (poolId, clients["UserPoolClients"]![0]!["ClientId"]!.GetValue<string>());
    }

    private static Task SignUpAsync(CognitoWireClient cognito, string clientId, string username, CancellationToken ct = default) =>
        cognito.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = clientId,
            ["Username"] = username,
            ["Password"] = MfaUserJourney.Password,
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = $"{username}@example.com" }),
        }, ct);

    /// <summary>Signs users up one after another; a call that fails (refused, timed out) was not acknowledged.</summary>
    private static async Task WriteUntilStoppedAsync(CognitoWireClient cognito, string clientId, ConcurrentQueue<string> acknowledged,
        ConcurrentQueue<string> serverErrors, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var username = $"during-{i:D5}";
            try
            {
                await SignUpAsync(cognito, clientId, username, stop);
                acknowledged.Enqueue(username);
            }
            catch (WireCallException e) when ((int)e.Response.Status >= 500)
            {
                // An answered call that failed inside: e.g. the outbox file could not be opened (no descriptors left).
                serverErrors.Enqueue($"{username}: {e.Response}");
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException or WireCallException)
            {
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    private static async Task AnswersWithinAsync(CognitoWireClient cognito, TimeSpan limit)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                await cognito.CallAsync("ListUserPools", new JsonObject { ["MaxResults"] = 1 });
                return;
            }
            catch (Exception e) when (e is HttpRequestException or OperationCanceledException && waited.Elapsed < limit)
            {
                await Task.Delay(250);
            }
        }
    }

    private static string Tail(string text) => text.Length <= 4000 ? text : "…" + text[^4000..];
}
