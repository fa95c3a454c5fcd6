using LocalCognito;

namespace Conformance.Tests.Infrastructure;

/// <summary>One in-process LocalCognito per test class (each test uses its own users).</summary>
public class LocalCognitoFixture : IAsyncLifetime
{
    private LocalCognitoServer? _server;
    private HttpClient? _http;

    public LocalCognitoServer Server => _server ?? throw new InvalidOperationException("LocalCognito is not started.");

    public Uri Endpoint => Server.Endpoint;
    public string Region => Server.Region;
    public string UserPoolId => Server.UserPoolId;
    public string ClientId => Server.ClientId;
    public AwsCredentials Credentials => new(Server.AccessKeyId, Server.SecretAccessKey);

    public HttpClient Http => _http ?? throw new InvalidOperationException("LocalCognito is not started.");
    public OutboxReader Outbox => new(Http);
    public UserProvisioning Users => new(new CognitoWire(Http), Outbox, ClientId);

    /// <summary>An AWS CLI signed with the server's own IAM credentials.</summary>
    public AwsCli NewAwsCli() => new(Endpoint, Region, Credentials);

    public async Task InitializeAsync()
    {
        _server = await LocalCognitoServer.StartAsync(CreateOptions());
        _http = new HttpClient { BaseAddress = _server.Endpoint, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>The server's options; the defaults unless a fixture needs something else (e.g. a fake clock).</summary>
    protected virtual LocalCognitoOptions CreateOptions() => new();

    public async Task DisposeAsync()
    {
        _http?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
