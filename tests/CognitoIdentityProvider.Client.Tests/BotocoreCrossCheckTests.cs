using System.Text.Json.Nodes;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>
/// What our client puts on the wire, compared with what botocore (an implementation no one here wrote)
/// produces for the same input: request bodies, targets, content types, and SigV4 signatures.
/// </summary>
public sealed class BotocoreCrossCheckTests : IClassFixture<BotocoreCrossCheckTests.Recordings>
{
    private readonly Recordings _recordings;

    public BotocoreCrossCheckTests(Recordings recordings) => _recordings = recordings;

    [Theory]
    [MemberData(nameof(OperationCases.Names), MemberType = typeof(OperationCases))]
    public void RequestBodyMatchesBotocore(string operation)
    {
        var botocore = _recordings.BotocoreSerialized[operation]!;
        var ours = _recordings.Sent[operation];

        Assert.True(botocore["error"] is null, $"botocore rejects this input: {botocore["error"]}");
        Assert.Equal((string)botocore["target"]!, ours.Header("X-Amz-Target"));
        Assert.Equal((string)botocore["contentType"]!, ours.Header("Content-Type"));
        JsonAssert.Equivalent((string)botocore["body"]!, ours.Body);
    }

    [Theory]
    [MemberData(nameof(OperationCases.Names), MemberType = typeof(OperationCases))]
    public void SignatureMatchesBotocore(string operation)
    {
        var ours = _recordings.Sent[operation];
        if (!OperationCases.All[operation].Signed)
        {
            Assert.Null(ours.Header("Authorization"));
            return;
        }
        Assert.Equal((string)_recordings.BotocoreSignatures[operation]!, ours.Header("Authorization"));
    }

    /// <summary>Sends every case once through our client, then asks botocore about all of them in two python runs.</summary>
    public sealed class Recordings : IAsyncLifetime
    {
        public Dictionary<string, RecordedRequest> Sent { get; } = new();
        public JsonObject BotocoreSerialized { get; private set; } = new();
        public JsonObject BotocoreSignatures { get; private set; } = new();

        public async Task InitializeAsync()
        {
            await using var server = FakeCognitoServer.Start();
            using var client = TestClients.For(server);
            foreach (var testCase in OperationCases.All.Values)
            {
                server.EnqueueJson(testCase.ResponseJson);
                await testCase.Invoke(client, testCase.Request);
                Sent[testCase.Operation] = server.Requests[^1];
            }

            var cases = new JsonArray(OperationCases.All.Values
                .Select(c => (JsonNode)new JsonObject { ["operation"] = c.Operation, ["params"] = JsonNode.Parse(c.ExpectedRequestJson) })
                .ToArray());
            BotocoreSerialized = BotocoreWitness.Run(new JsonObject { ["mode"] = "serialize", ["cases"] = cases });

            var toSign = new JsonArray(Sent
                .Where(s => OperationCases.All[s.Key].Signed)
                .Select(s => (JsonNode)SigningInput(s.Key, s.Value, server.Url))
                .ToArray());
            BotocoreSignatures = BotocoreWitness.Run(new JsonObject { ["mode"] = "sign", ["requests"] = toSign });
        }

        /// <summary>The request as botocore should sign it: only the headers our client says it signed.</summary>
        private static JsonObject SigningInput(string operation, RecordedRequest request, Uri url)
        {
            var authorization = request.Header("Authorization")!;
            var signedHeaders = authorization.Split("SignedHeaders=")[1].Split(',')[0].Split(';');
            var headers = new JsonObject();
            foreach (var name in signedHeaders)
            {
                headers[name] = request.Header(name);
            }
            return new JsonObject
            {
                ["id"] = operation,
                ["method"] = request.Method,
                ["url"] = new Uri(url, request.Path).ToString(),
                ["headers"] = headers,
                ["body"] = request.Body,
                ["amzDate"] = request.Header("X-Amz-Date"),
                ["accessKey"] = TestClients.AccessKeyId,
                ["secretKey"] = TestClients.SecretAccessKey,
                ["region"] = "us-east-1",
                ["service"] = "cognito-idp",
            };
        }

        public Task DisposeAsync() => Task.CompletedTask;
    }
}
