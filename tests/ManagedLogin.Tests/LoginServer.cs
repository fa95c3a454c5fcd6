using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using Microsoft.Extensions.Time.Testing;
using TestSupport;

namespace ManagedLogin.Tests;

/// <summary>
/// LocalCognito's default pool (it has a domain) with a confidential web app client (secret, code grant, openid
/// email profile scopes, one callback URL): what a web app's developer sets up to use the managed login pages.
/// </summary>
public sealed class LoginServer : IAsyncDisposable
{
    public const string Password = "Passw0rd!";

    private LoginServer(LocalCognito.LocalCognitoServer server, FakeTimeProvider? time, AmazonCognitoIdentityProviderClient client)
    {
        Server = server;
        Time = time;
        Client = client;
    }

    public LocalCognito.LocalCognitoServer Server { get; }
    /// <summary>The fake clock, when the test asked for one (null: the real clock, as a browser test needs).</summary>
    public FakeTimeProvider? Time { get; }
    public AmazonCognitoIdentityProviderClient Client { get; }
    /// <summary>The default pool's domain (default-user-pool.json gives it one).</summary>
    public string Domain { get; private set; } = "";
    public string WebClientId { get; private set; } = "";
    public string WebClientSecret { get; private set; } = "";
    public string CallbackUrl { get; private set; } = "";

    /// <summary>http://127.0.0.1:port/{poolId}, what an OpenID Connect client takes as its Authority.</summary>
    public string Issuer => Server.Endpoint + Server.UserPoolId;

    /// <summary>http://127.0.0.1:port/domain/{domain}: the pool's domain.</summary>
    public string DomainBase => Server.Endpoint + "domain/" + Domain;

    public static async Task<LoginServer> StartAsync(string callbackUrl, bool fakeClock = false)
    {
        var time = fakeClock ? new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 * 30 + 15)) : null;
        var server = await LocalCognito.LocalCognitoServer.StartAsync(new LocalCognito.LocalCognitoOptions { TimeProvider = time ?? TimeProvider.System });
        var client = new AmazonCognitoIdentityProviderClient(new BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey),
            new AmazonCognitoIdentityProviderConfig { ServiceURL = server.Endpoint.ToString(), AuthenticationRegion = server.Region, MaxErrorRetry = 0 });
        var login = new LoginServer(server, time, client) { CallbackUrl = callbackUrl };
        var described = await client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = server.UserPoolId });
        login.Domain = described.UserPool.Domain ?? throw new InvalidOperationException("The default pool has no domain.");
        var created = await client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = server.UserPoolId,
            ClientName = "witness-web-app",
            GenerateSecret = true,
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = ["code"],
            AllowedOAuthScopes = ["openid", "email", "profile"],
            CallbackURLs = [callbackUrl],
            SupportedIdentityProviders = ["COGNITO"],
        });
        login.WebClientId = created.UserPoolClient.ClientId;
        login.WebClientSecret = created.UserPoolClient.ClientSecret;
        return login;
    }

    /// <summary>/oauth2/authorize for the web client (code grant, PKCE S256 with a fixed challenge, state).</summary>
    public string AuthorizeUrl(string state = "state-1", string scope = "openid email") =>
        $"{DomainBase}/oauth2/authorize?client_id={WebClientId}&redirect_uri={Uri.EscapeDataString(CallbackUrl)}&response_type=code"
        + $"&scope={Uri.EscapeDataString(scope)}&state={state}&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbkRjW1O6-Q8&code_challenge_method=S256";

    /// <summary>/login with the same parameters, as /oauth2/authorize redirects to it.</summary>
    public string LoginUrl(string state = "state-1") => AuthorizeUrl(state).Replace("/oauth2/authorize?", "/login?", StringComparison.Ordinal);

    /// <summary>The newest code the outbox holds for the user (the local "email").</summary>
    public string LatestCode(string username) =>
        Server.Outbox.Last(message => string.Equals(message.Username, username, StringComparison.OrdinalIgnoreCase)).Code;

    /// <summary>The TOTP code for now (the fake clock when there is one), shifted by whole 30-second steps.</summary>
    public string TotpCode(string secret, int stepOffset = 0) =>
        TotpCodes.At(secret, Time?.GetUtcNow() ?? DateTimeOffset.UtcNow, stepOffset);

    /// <summary>A confirmed user with a verified email (through the API), not yet enrolled in MFA.</summary>
    public async Task ConfirmedUserAsync(string username, string password = Password)
    {
        await Client.SignUpAsync(new SignUpRequest
        {
            ClientId = Server.ClientId,
            Username = username,
            Password = password,
            UserAttributes = [new AttributeType { Name = "email", Value = username + "@example.com" }],
        });
        await Client.AdminConfirmSignUpAsync(new AdminConfirmSignUpRequest { UserPoolId = Server.UserPoolId, Username = username });
        // As confirming the emailed code would: the address is verified, so a password reset can go there.
        await Client.AdminUpdateUserAttributesAsync(new AdminUpdateUserAttributesRequest
        {
            UserPoolId = Server.UserPoolId,
            Username = username,
            UserAttributes = [new AttributeType { Name = "email_verified", Value = "true" }],
        });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
