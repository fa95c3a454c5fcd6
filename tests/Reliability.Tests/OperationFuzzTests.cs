using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using LocalCognito;
using LocalCognito.Operations;
using Reliability.Tests.Support;
using Reliability.Tests.Wire;

namespace Reliability.Tests;

/// <summary>
/// Every operation LocalCognito implements (those added since the first malformed-request pass included: groups,
/// devices, attribute verification, password reset and change, token revocation, pool and client updates) gets
/// requests built from its input shape in the service model, with real pool, client, user names and tokens most of
/// the time: every answer must be a success or a documented Cognito error, never a 500.
/// </summary>
public sealed class OperationFuzzTests
{
    private const int RequestsPerOperation = 150;
    private const int Workers = 8;
    private const int Seed = 20_261_206;
    private const string Password = "Passw0rd!";

    // Deleting the pool or client under test would turn every later request into "not found".
    private static readonly HashSet<string> Skipped = ["DeleteUserPool", "DeleteUserPoolClient"];

    private static readonly HashSet<HttpStatusCode> ErrorStatuses = [HttpStatusCode.BadRequest, HttpStatusCode.Forbidden];

    [Fact]
    public async Task Shape_based_requests_to_every_implemented_operation_get_only_documented_answers()
    {
        using var serverLog = new ServerErrorLog();
        await using var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { LoggerFactory = serverLog });
        using var http = LoopbackHttp.Create();
        var cognito = new CognitoWireClient(http, server.Endpoint, new SigV4Signer(server.AccessKeyId, server.SecretAccessKey, server.Region));
        var known = await KnownValuesAsync(cognito, server);
        var model = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Data", "service-2.json")))!.AsObject();
        var documented = DocumentedErrors.Load();
        var operations = typeof(ICognitoOperation).Assembly.GetTypes()
            .Where(type => type is { IsClass: true, IsAbstract: false } && typeof(ICognitoOperation).IsAssignableFrom(type))
            .Select(type => type.Name)
            .Where(name => !Skipped.Contains(name))
            .Order()
            .ToList();
        Assert.Contains("AdminAddUserToGroup", operations);
        var violations = new ConcurrentQueue<string>();

        await Parallel.ForAsync(0, Workers, async (worker, ct) =>
        {
            var generator = new ShapeRequestGenerator(new Random(Seed + worker), model, known);
            for (var i = worker; i < operations.Count * RequestsPerOperation; i += Workers)
            {
                var operation = operations[i % operations.Count];
                var body = generator.Body(operation);
                var response = await cognito.SendAsync(operation, body, ct);
                var problem = Problem(response, operation, documented);
                if (problem is not null)
                {
                    violations.Enqueue($"{operation}: {problem}\n    sent: {Preview(body.ToJsonString())}");
                }
            }
        });

        var kinds = violations.Select(v => v.Split('\n')[0]).Select(line => line.Length > 90 ? line[..90] : line).Distinct().Take(30);
        Assert.True(violations.IsEmpty,
            $"{violations.Count} answers broke the protocol; kinds:\n{string.Join("\n", kinds)}\nfirst:\n{string.Join("\n", violations.Take(10))}\n{serverLog.Describe()}");
        Assert.DoesNotContain(serverLog.Entries, entry => entry.StartsWith("Error", StringComparison.Ordinal));
    }

    private static string? Problem(WireResponse response, string operation, DocumentedErrors documented)
    {
        if (response.RequestId is null)
        {
            return $"no x-amzn-RequestId; {response}";
        }

        if (response.IsSuccess)
        {
            return response.TryParseObject() is null ? $"200 without a JSON object: {response}" : null;
        }

        if (!ErrorStatuses.Contains(response.Status) || response.ErrorCode is not { } code)
        {
            return $"status {(int)response.Status}; {response}";
        }

        // Cognito names a missing user, pool or client this way in every operation, also where the model omits it.
        var notFound = code is "UserNotFoundException" or "ResourceNotFoundException";
        return documented.Allows(operation, code) || notFound ? null : $"undocumented error {code}: {response}";
    }

    private static string Preview(string text) => text.Length <= 300 ? text : $"{text[..300]}… ({text.Length} chars)";

    /// <summary>A pool without MFA, its client, users with tokens and groups: the real names the requests use.</summary>
    private static async Task<Dictionary<string, string[]>> KnownValuesAsync(CognitoWireClient cognito, LocalCognitoServer server)
    {
        var pool = await cognito.CallAsync("CreateUserPool", new JsonObject { ["PoolName"] = "fuzz", ["AutoVerifiedAttributes"] = new JsonArray("email") });
        var poolId = pool["UserPool"]!["Id"]!.GetValue<string>();
        var client = await cognito.CallAsync("CreateUserPoolClient", new JsonObject
        {
            ["UserPoolId"] = poolId,
            ["ClientName"] = "fuzz",
            ["ExplicitAuthFlows"] = new JsonArray("ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
        });
        var clientId = client["UserPoolClient"]!["ClientId"]!.GetValue<string>();
        var usernames = Enumerable.Range(0, 8).Select(i => $"fuzz-user-{i}").ToArray();
        var accessTokens = new List<string>();
        var refreshTokens = new List<string>();
        foreach (var group in new[] { "admins", "readers" })
        {
            await cognito.CallAsync("CreateGroup", new JsonObject { ["UserPoolId"] = poolId, ["GroupName"] = group });
        }

        foreach (var username in usernames)
        {
            await cognito.CallAsync("AdminCreateUser", new JsonObject
            {
                ["UserPoolId"] = poolId,
                ["Username"] = username,
                ["MessageAction"] = "SUPPRESS",
                ["UserAttributes"] = new JsonArray(
                    new JsonObject { ["Name"] = "email", ["Value"] = username + "@example.com" },
                    new JsonObject { ["Name"] = "email_verified", ["Value"] = "true" }),
            });
            await cognito.CallAsync("AdminSetUserPassword", new JsonObject
            {
                ["UserPoolId"] = poolId, ["Username"] = username, ["Password"] = Password, ["Permanent"] = true,
            });
            var tokens = (await cognito.CallAsync("InitiateAuth", new JsonObject
            {
                ["ClientId"] = clientId,
                ["AuthFlow"] = "USER_PASSWORD_AUTH",
                ["AuthParameters"] = new JsonObject { ["USERNAME"] = username, ["PASSWORD"] = Password },
            }))["AuthenticationResult"]!;
            accessTokens.Add(tokens["AccessToken"]!.GetValue<string>());
            refreshTokens.Add(tokens["RefreshToken"]!.GetValue<string>());
        }

        return new Dictionary<string, string[]>
        {
            ["UserPoolId"] = [poolId, poolId, server.UserPoolId],
            ["ClientId"] = [clientId, clientId, server.ClientId],
            ["Username"] = usernames,
            ["AccessToken"] = [.. accessTokens],
            ["RefreshToken"] = [.. refreshTokens],
            ["Token"] = [.. refreshTokens],
            ["GroupName"] = ["admins", "readers"],
            ["Password"] = [Password],
            ["PreviousPassword"] = [Password],
            ["ProposedPassword"] = ["N3wPassw0rd!"],
            ["AttributeName"] = ["email", "phone_number", "custom:plan"],
            ["Name"] = ["email", "name", "custom:plan", "email_verified"],
            ["ConfirmationCode"] = ["123456"],
            ["Code"] = ["123456"],
            ["USERNAME"] = usernames,
            ["PASSWORD"] = [Password],
            ["REFRESH_TOKEN"] = [.. refreshTokens],
        };
    }
}
