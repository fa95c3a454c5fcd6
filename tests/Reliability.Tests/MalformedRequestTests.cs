using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using LocalCognito;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;

namespace Reliability.Tests;

/// <summary>
/// Ten thousand random and malformed requests: LocalCognito must answer every one with a documented
/// Cognito error (or a success), never a 500 or a dropped connection, and keep serving afterwards.
/// </summary>
public sealed class MalformedRequestTests
{
    private const int Requests = 10_000;
    private const int Workers = 8;
    private const int Seed = 20_261_126;

    private static readonly HashSet<HttpStatusCode> ErrorStatuses = [HttpStatusCode.BadRequest, HttpStatusCode.Forbidden];

    [Fact]
    public async Task Ten_thousand_malformed_requests_get_only_documented_errors_and_the_server_keeps_serving()
    {
        using var serverLog = new ServerErrorLog();
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { LoggerFactory = serverLog });
        using var http = LoopbackHttp.Create();
        var signer = new SigV4Signer(server.AccessKeyId, server.SecretAccessKey, server.Region);
        var cognito = new CognitoWireClient(http, server.Endpoint, signer);
        var documented = DocumentedErrors.Load();
        var operations = documented.Operations.Order().ToList();
        var violations = new ConcurrentQueue<string>();
        var sent = 0;

        await Parallel.ForAsync(0, Workers, async (worker, ct) =>
        {
            // One generator per worker, each seeded from the test seed: the same requests every run.
            var generator = new MalformedRequestGenerator(new Random(Seed + worker), cognito, signer,
                server.UserPoolId, server.ClientId, operations);
            for (var i = worker; i < Requests; i += Workers)
            {
                var request = generator.Next();
                var problem = await CheckAsync(cognito, request, documented, ct);
                Interlocked.Increment(ref sent);
                if (problem is not null)
                {
                    violations.Enqueue($"#{i} {request.Kind} ({request.Operation ?? "no operation"}): {problem}");
                }
            }
        });

        Assert.Equal(Requests, sent);
        Assert.True(violations.IsEmpty,
            $"{violations.Count} of {Requests} answers broke the protocol:\n{string.Join("\n", violations.Take(20))}\n{serverLog.Describe()}");
        await AssertStillServesAsync(cognito);
    }

    /// <summary>Sends one request; returns what is wrong with the answer (and what was sent), or null when it is a documented one.</summary>
    private static async Task<string?> CheckAsync(
        CognitoWireClient cognito, MalformedRequest request, DocumentedErrors documented, CancellationToken ct)
    {
        var sent = $"{request.Message.Headers} body {Preview(request.Message.Content is { } c ? await c.ReadAsStringAsync(ct) : "")}";
        var problem = await AnswerProblemAsync(cognito, request, documented, ct);
        return problem is null ? null : $"{problem}\n    sent: {sent.ReplaceLineEndings(" ")}";
    }

    private static string Preview(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} chars)";

    private static async Task<string?> AnswerProblemAsync(
        CognitoWireClient cognito, MalformedRequest request, DocumentedErrors documented, CancellationToken ct)
    {
        WireResponse response;
        try
        {
            response = await cognito.SendRawAsync(request.Message, ct);
        }
        catch (HttpRequestException e)
        {
            return $"connection failed: {e.Message} {e.InnerException?.Message}";
        }
        catch (TaskCanceledException)
        {
            return "no answer within the client time-out";
        }

        if (response.RequestId is null)
        {
            return $"no x-amzn-RequestId header; {response}";
        }
        if (response.IsSuccess)
        {
            return response.TryParseObject() is null ? $"200 without a JSON object body: {response}" : null;
        }
        if (!ErrorStatuses.Contains(response.Status))
        {
            return $"status {(int)response.Status}; {response}";
        }
        var code = response.ErrorCode;
        if (code is null)
        {
            return $"error without __type: {response}";
        }
        if (!documented.Allows(request.Operation, code))
        {
            return $"undocumented error code {code}: {response}";
        }
        var headerCode = response.ErrorTypeHeader?.Split(':')[0];
        return headerCode == code ? null : $"x-amzn-ErrorType '{response.ErrorTypeHeader}' does not name {code}";
    }

    /// <summary>
    /// A fresh pool and client (the random requests may well have deleted or reconfigured the default ones, with
    /// valid signatures), then a sign-up confirmed from the outbox: the server still does ordinary work.
    /// </summary>
    private static async Task AssertStillServesAsync(CognitoWireClient cognito)
    {
        var pool = await cognito.CallAsync("CreateUserPool", new JsonObject
        {
            ["PoolName"] = "after-malformed-requests",
            ["AutoVerifiedAttributes"] = new JsonArray("email"),
        });
        var poolId = pool["UserPool"]!["Id"]!.GetValue<string>();
        var client = await cognito.CallAsync("CreateUserPoolClient", new JsonObject
        {
            ["UserPoolId"] = poolId,
            ["ClientName"] = "after-malformed-requests",
        });
        var clientId = client["UserPoolClient"]!["ClientId"]!.GetValue<string>();

        var username = $"after-fuzz-{Guid.NewGuid():N}"[..24];
        var user = new MfaUserJourney(cognito, poolId, clientId, username);
        await user.SignUpAsync();
        await user.ConfirmFromOutboxAsync();
        var listed = await cognito.CallAsync("AdminGetUser", new JsonObject { ["UserPoolId"] = poolId, ["Username"] = username });
        Assert.Equal("CONFIRMED", listed["UserStatus"]?.GetValue<string>());
    }
}
