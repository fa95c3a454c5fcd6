using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using LocalCognito;
using Reliability.Tests.Wire;

namespace Micro;

/// <summary>
/// One request through an in-process LocalCognito over loopback HTTP: Kestrel, routing, SigV4 check,
/// JSON in and out, the store. The HTTP client's own cost is included (it is small next to the server's).
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class DispatchBenchmarks
{
    private const string Username = "dispatch-bench";
    private LocalCognitoServer _server = null!;
    private HttpClient _http = null!;
    private CognitoWireClient _cognito = null!;
    private JsonObject _getUser = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions());
        _http = new HttpClient(new SocketsHttpHandler { UseProxy = false });
        _cognito = new CognitoWireClient(_http, _server.Endpoint,
            new SigV4Signer(_server.AccessKeyId, _server.SecretAccessKey, _server.Region));
        await _cognito.CallAsync("SignUp", new JsonObject
        {
            ["ClientId"] = _server.ClientId,
            ["Username"] = Username,
            ["Password"] = "Dispatch!Bench1",
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "dispatch@example.com" }),
        });
        _getUser = new JsonObject { ["UserPoolId"] = _server.UserPoolId, ["Username"] = Username };
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Benchmark(Description = "AdminGetUser (SigV4-signed) round trip")]
    public Task<JsonObject> AdminGetUser() => _cognito.CallAsync("AdminGetUser", _getUser);

    [Benchmark(Description = "Unknown operation (error path) round trip")]
    public Task<WireResponse> UnknownOperation() => _cognito.SendAsync("NoSuchOperation", new JsonObject());
}
