using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using TestSupport;

namespace LocalCognito.Tests;

/// <summary>
/// One LocalCognito per test, on a fake clock, with the project's Cognito client and a raw HttpClient pointed at it.
/// The fake clock starts at the real time (SigV4 signatures carry the real time) in the middle of a TOTP step.
/// </summary>
public sealed class TestServer : IAsyncDisposable
{
    public const string Password = "Passw0rd!";

    private TestServer(LocalCognitoServer server, FakeTimeProvider time)
    {
        Server = server;
        Time = time;
        Client = new AmazonCognitoIdentityProviderClient(new BasicAWSCredentials("local", "local"),
            new AmazonCognitoIdentityProviderConfig
            {
                ServiceURL = server.Endpoint.ToString(),
                AuthenticationRegion = server.Region,
                MaxErrorRetry = 0,
            });
        Http = new HttpClient { BaseAddress = server.Endpoint };
    }

    public LocalCognitoServer Server { get; }
    public FakeTimeProvider Time { get; }
    public AmazonCognitoIdentityProviderClient Client { get; }
    public HttpClient Http { get; }
    public string PoolId => Server.UserPoolId;
    public string ClientId => Server.ClientId;

    public static async Task<TestServer> StartAsync(string? dataDirectory = null, FakeTimeProvider? time = null, Uri? publicUrl = null)
    {
        time ??= new FakeTimeProvider(MidStep(DateTimeOffset.UtcNow));
        var server = await LocalCognitoServer.StartAsync(new LocalCognitoOptions { TimeProvider = time, DataDirectory = dataDirectory, PublicUrl = publicUrl });
        return new TestServer(server, time);
    }

    /// <summary>A server with options the test sets (e.g. trigger handlers), on the fake clock.</summary>
    public static async Task<TestServer> StartWithAsync(Action<LocalCognitoOptions> configure)
    {
        var time = new FakeTimeProvider(MidStep(DateTimeOffset.UtcNow));
        var options = new LocalCognitoOptions { TimeProvider = time };
        configure(options);
        return new TestServer(await LocalCognitoServer.StartAsync(options), time);
    }

    /// <summary>15 seconds into the 30-second TOTP step containing the given time.</summary>
    public static DateTimeOffset MidStep(DateTimeOffset time) =>
        DateTimeOffset.FromUnixTimeSeconds(time.ToUnixTimeSeconds() / 30 * 30 + 15);

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        Http.Dispose();
        await Server.DisposeAsync();
    }

    public async Task<SignUpResponse> SignUpAsync(string username, string password = Password, string? email = null) =>
        await Client.SignUpAsync(new SignUpRequest
        {
            ClientId = ClientId,
            Username = username,
            Password = password,
            UserAttributes = [new AttributeType { Name = "email", Value = email ?? $"{username}@example.com" }],
        });

    /// <summary>The latest code the outbox holds for the user.</summary>
    public string LatestCode(string username) =>
        Server.Outbox.Last(m => string.Equals(m.Username, username, StringComparison.OrdinalIgnoreCase)).Code;

    public async Task SignUpConfirmedAsync(string username, string password = Password)
    {
        await SignUpAsync(username, password);
        await Client.ConfirmSignUpAsync(new ConfirmSignUpRequest { ClientId = ClientId, Username = username, ConfirmationCode = LatestCode(username) });
    }

    public async Task<InitiateAuthResponse> PasswordAuthAsync(string username, string password = Password, string? deviceKey = null)
    {
        var parameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = password };
        if (deviceKey is not null)
        {
            parameters["DEVICE_KEY"] = deviceKey;
        }

        return await Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = parameters,
        });
    }

    /// <summary>Signs up, confirms and enrols a TOTP authenticator through MFA_SETUP; returns the secret and the tokens.</summary>
    public async Task<(string Secret, AuthenticationResultType Tokens)> EnrolledUserAsync(string username)
    {
        await SignUpConfirmedAsync(username);
        return await EnrolAsync(ClientId, username, Password);
    }

    /// <summary>Completes MFA_SETUP for a confirmed user of the given app client (the shared enrolment, over the wire).</summary>
    public async Task<(string Secret, AuthenticationResultType Tokens)> EnrolAsync(string clientId, string username, string password)
    {
        var (secret, tokens) = await MfaEnrolment.EnrolAsync(WireAsync, clientId, username, password, secret => Task.FromResult(Code(secret)));
        return (secret, new AuthenticationResultType
        {
            AccessToken = tokens["AccessToken"]?.GetValue<string>(),
            IdToken = tokens["IdToken"]?.GetValue<string>(),
            RefreshToken = tokens["RefreshToken"]?.GetValue<string>(),
            ExpiresIn = tokens["ExpiresIn"]?.GetValue<int>(),
            TokenType = tokens["TokenType"]?.GetValue<string>(),
            NewDeviceMetadata = tokens["NewDeviceMetadata"] is JsonObject device
                ? new NewDeviceMetadataType { DeviceKey = device["DeviceKey"]?.GetValue<string>(), DeviceGroupKey = device["DeviceGroupKey"]?.GetValue<string>() }
                : null,
        });
    }

    /// <summary>The TOTP code for the fake clock, shifted by whole 30-second steps.</summary>
    public string Code(string secret, int stepOffset = 0) => TotpCodes.At(secret, Time.GetUtcNow(), stepOffset);

    /// <summary>One unsigned public operation over the raw wire; an error answer fails the test set-up.</summary>
    public async Task<JsonObject> WireAsync(string operation, JsonObject body)
    {
        var (status, answer, _) = await RawAsync("AWSCognitoIdentityProviderService." + operation, body.ToJsonString());
        return status == 200 ? answer : throw new InvalidOperationException($"{operation} answered {status}: {answer["__type"]}");
    }

    /// <summary>Moves the fake clock to the next TOTP step, so a fresh code exists.</summary>
    public void NextStep() => Time.Advance(TimeSpan.FromSeconds(30));

    /// <summary>A POST / without a signature, for raw protocol tests.</summary>
    public async Task<(int Status, JsonObject Body, HttpResponseMessage Response)> RawAsync(string? target, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }

        var response = await Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject(), response);
    }
}
