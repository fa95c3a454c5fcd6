using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;

namespace ManagedLogin.Tests;

/// <summary>
/// One LocalCognito with two pools federated as on AWS: the default pool is the app's (its own domain, an app client
/// that offers COGNITO and the provider "PartnerIdp"), and a second pool is the external OIDC provider (domain
/// "partner", a confidential client whose callback is the app pool's /oauth2/idpresponse). Everything is addressed
/// as http://localhost:port, since Cognito allows plain http callback URLs only for localhost.
/// </summary>
public sealed class FederationServer : IAsyncDisposable
{
    public const string Provider = "PartnerIdp";
    public const string AppCallback = "https://app.example.com/callback";
    public const string Password = "Passw0rd!";

    private FederationServer(LocalCognito.LocalCognitoServer server, AmazonCognitoIdentityProviderClient client, string baseUrl)
    {
        Server = server;
        Client = client;
        BaseUrl = baseUrl;
    }

    public LocalCognito.LocalCognitoServer Server { get; }
    public AmazonCognitoIdentityProviderClient Client { get; }
    /// <summary>http://localhost:port (no trailing slash).</summary>
    public string BaseUrl { get; }
    public string AppPoolId => Server.UserPoolId;
    /// <summary>The app pool's domain (the default pool comes with one).</summary>
    public string AppDomain { get; private set; } = "";
    public string AppClientId { get; private set; } = "";
    public string AppClientSecret { get; private set; } = "";
    public string IdpPoolId { get; private set; } = "";
    public string IdpClientId { get; private set; } = "";
    public string IdpClientSecret { get; private set; } = "";
    public string IdpIssuer => $"{BaseUrl}/{IdpPoolId}";

    public static async Task<FederationServer> StartAsync()
    {
        var server = await LocalCognito.LocalCognitoServer.StartAsync(new LocalCognito.LocalCognitoOptions());
        var baseUrl = $"http://localhost:{server.Endpoint.Port}";
        var client = new AmazonCognitoIdentityProviderClient(new BasicAWSCredentials(server.AccessKeyId, server.SecretAccessKey),
            new AmazonCognitoIdentityProviderConfig { ServiceURL = baseUrl + "/", AuthenticationRegion = server.Region, MaxErrorRetry = 0 });
        var federation = new FederationServer(server, client, baseUrl);
        federation.AppDomain = (await client.DescribeUserPoolAsync(new DescribeUserPoolRequest { UserPoolId = server.UserPoolId })).UserPool.Domain;
        await federation.CreateIdpPoolAsync();
        await client.CreateIdentityProviderAsync(new CreateIdentityProviderRequest
        {
            UserPoolId = server.UserPoolId,
            ProviderName = Provider,
            ProviderType = IdentityProviderTypeType.OIDC,
            ProviderDetails = new Dictionary<string, string>
            {
                ["client_id"] = federation.IdpClientId,
                ["client_secret"] = federation.IdpClientSecret,
                ["attributes_request_method"] = "GET",
                ["oidc_issuer"] = federation.IdpIssuer,
                ["authorize_scopes"] = "openid email profile",
            },
            AttributeMapping = new Dictionary<string, string> { ["email"] = "email", ["name"] = "name" },
            IdpIdentifiers = ["partner.example"],
        });
        var app = await client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = server.UserPoolId,
            ClientName = "app",
            GenerateSecret = true,
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = ["code"],
            AllowedOAuthScopes = ["openid", "email", "profile"],
            CallbackURLs = [AppCallback],
            SupportedIdentityProviders = ["COGNITO", Provider],
        });
        federation.AppClientId = app.UserPoolClient.ClientId;
        federation.AppClientSecret = app.UserPoolClient.ClientSecret;
        return federation;
    }

    /// <summary>The app's /oauth2/authorize, with extra parameters (identity_provider, idp_identifier) appended.</summary>
    public string AuthorizeUrl(string extra = "", string nonce = "app-nonce") =>
        $"{BaseUrl}/domain/{AppDomain}/oauth2/authorize?client_id={AppClientId}&redirect_uri={Uri.EscapeDataString(AppCallback)}"
        + $"&response_type=code&scope=openid+email+profile&state=app-state&nonce={nonce}{extra}";

    /// <summary>A confirmed user of the provider's pool, with a verified email and a name.</summary>
    public async Task<string> IdpUserAsync(string username)
    {
        var created = await Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = IdpPoolId,
            Username = username,
            MessageAction = MessageActionType.SUPPRESS,
            UserAttributes =
            [
                new AttributeType { Name = "email", Value = username + "@partner.example" },
                new AttributeType { Name = "email_verified", Value = "true" },
                new AttributeType { Name = "name", Value = "Partner " + username },
            ],
        });
        await Client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = IdpPoolId, Username = username, Password = Password, Permanent = true });
        return created.User.Attributes.Single(attribute => attribute.Name == "sub").Value;
    }

    /// <summary>Redeems the app's code at the app pool's /oauth2/token (client_secret_basic); answers the token response.</summary>
    public async Task<JsonObject> RedeemAsync(string code)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{BaseUrl}/domain/{AppDomain}/oauth2/token")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["grant_type"] = "authorization_code", ["code"] = code, ["redirect_uri"] = AppCallback, ["client_id"] = AppClientId,
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{AppClientId}:{AppClientSecret}")));
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, body);
        return (JsonObject)JsonNode.Parse(body)!;
    }

    private async Task CreateIdpPoolAsync()
    {
        IdpPoolId = (await Client.CreateUserPoolAsync(new CreateUserPoolRequest { PoolName = "partner" })).UserPool.Id;
        await Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = IdpPoolId, Domain = "partner" });
        var idpClient = await Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = IdpPoolId,
            ClientName = "app-pool-federation",
            GenerateSecret = true,
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = ["code"],
            AllowedOAuthScopes = ["openid", "email", "profile"],
            CallbackURLs = [$"{BaseUrl}/domain/{AppDomain}/oauth2/idpresponse"],
            SupportedIdentityProviders = ["COGNITO"],
        });
        IdpClientId = idpClient.UserPoolClient.ClientId;
        IdpClientSecret = idpClient.UserPoolClient.ClientSecret;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
