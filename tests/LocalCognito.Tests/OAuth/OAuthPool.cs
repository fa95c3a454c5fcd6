using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using LocalCognito.OAuth;
using LocalCognito.Store;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Tests.OAuth;

/// <summary>
/// The default pool with its domain ("mfa-scenario", from default-user-pool.json), a resource server (https://api.example.com: read, write) and three
/// clients: a web app with a secret (code + implicit), a public SPA (code) and a machine client (client_credentials).
/// Sign-ins are completed through <see cref="AuthorizationResponder"/>, the contract the managed login pages call.
/// </summary>
public sealed class OAuthPool : IAsyncDisposable
{
    public const string Domain = "mfa-scenario";
    public const string Callback = "https://app.example.com/callback";
    public const string SignOut = "https://app.example.com/bye";
    public const string Api = "https://api.example.com";

    private OAuthPool(TestServer t, HttpClient browser)
    {
        T = t;
        Browser = browser;
    }

    public TestServer T { get; }
    /// <summary>An HttpClient that does not follow redirects, to look at them.</summary>
    public HttpClient Browser { get; }
    public string WebClientId { get; private set; } = "";
    public string WebClientSecret { get; private set; } = "";
    public string SpaClientId { get; private set; } = "";
    public string MachineClientId { get; private set; } = "";
    public string MachineClientSecret { get; private set; } = "";
    public string DomainBase => $"{T.Server.Endpoint.ToString().TrimEnd('/')}/domain/{Domain}";

    public static async Task<OAuthPool> CreateAsync()
    {
        var t = await TestServer.StartAsync();
        var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = t.Server.Endpoint };
        var pool = new OAuthPool(t, browser);
        await t.Client.CreateResourceServerAsync(new CreateResourceServerRequest
        {
            UserPoolId = t.PoolId,
            Identifier = Api,
            Name = "api",
            Scopes = [new ResourceServerScopeType { ScopeName = "read", ScopeDescription = "Read" }, new ResourceServerScopeType { ScopeName = "write", ScopeDescription = "Write" }],
        });
        var web = await pool.CreateClientAsync("web", secret: true, ["code", "implicit"], ["openid", "email", "profile", "aws.cognito.signin.user.admin", Api + "/read"]);
        pool.WebClientId = web.ClientId;
        pool.WebClientSecret = web.ClientSecret;
        pool.SpaClientId = (await pool.CreateClientAsync("spa", secret: false, ["code"], ["openid", "email"])).ClientId;
        var machine = await pool.CreateClientAsync("machine", secret: true, ["client_credentials"], [Api + "/read", Api + "/write"]);
        pool.MachineClientId = machine.ClientId;
        pool.MachineClientSecret = machine.ClientSecret;
        return pool;
    }

    public async Task<UserPoolClientType> CreateClientAsync(string name, bool secret, List<string> flows, List<string> scopes) =>
        (await T.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = T.PoolId,
            ClientName = name,
            GenerateSecret = secret,
            ExplicitAuthFlows = [ExplicitAuthFlowsType.ALLOW_USER_PASSWORD_AUTH, ExplicitAuthFlowsType.ALLOW_REFRESH_TOKEN_AUTH],
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = flows,
            AllowedOAuthScopes = scopes,
            CallbackURLs = flows.Contains("client_credentials") ? null : [Callback, "http://localhost:3000/cb"],
            LogoutURLs = flows.Contains("client_credentials") ? null : [SignOut],
            SupportedIdentityProviders = ["COGNITO"],
            EnableTokenRevocation = true,
        })).UserPoolClient;

    /// <summary>What the managed login pages do once the user has signed in: validate the request, then Complete.</summary>
    public async Task<Uri> CompleteSignInAsync(string query, string username = "ana")
    {
        var services = T.Server.Services;
        var validation = services.GetRequiredService<AuthorizeRequestValidator>().Validate(Domain, query);
        Assert.True(validation.IsValid, validation.Error?.Description);
        var store = services.GetRequiredService<CognitoStore>();
        if (store.FindUser(validation.Pool, username) is null)
        {
            await T.SignUpConfirmedAsync(username);
        }

        var user = store.FindUser(validation.Pool, username)!;
        return services.GetRequiredService<AuthorizationResponder>().Complete(validation.Request, validation.Pool, validation.Client, user, T.Time.GetUtcNow());
    }

    /// <summary>A code for the web client (with PKCE when a verifier is given).</summary>
    public async Task<string> CodeAsync(string scope = "openid email", string? verifier = null, string? nonce = null, string clientId = "")
    {
        var query = $"client_id={Uri.EscapeDataString(clientId.Length > 0 ? clientId : WebClientId)}&response_type=code&redirect_uri={Uri.EscapeDataString(Callback)}"
            + $"&scope={Uri.EscapeDataString(scope)}&state=s1" + (nonce is null ? "" : "&nonce=" + nonce)
            + (verifier is null ? "" : $"&code_challenge={Challenge(verifier)}&code_challenge_method=S256");
        var redirect = await CompleteSignInAsync(query);
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(redirect.Query)["code"]!;
    }

    public static string Challenge(string verifier) => Base64UrlEncoder.Encode(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>POSTs a form to {domain}/oauth2/{endpoint}, with HTTP Basic when a secret is given.</summary>
    public async Task<(int Status, JsonObject Body, HttpResponseMessage Response)> PostAsync(string endpoint, Dictionary<string, string> form,
        string? basicId = null, string? basicSecret = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/domain/{Domain}/oauth2/{endpoint}") { Content = new FormUrlEncodedContent(form) };
        if (basicId is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{basicId}:{basicSecret}")));
        }

        var response = await Browser.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length > 0 ? (JsonObject)JsonNode.Parse(text)! : new JsonObject(), response);
    }

    public Task<(int Status, JsonObject Body, HttpResponseMessage Response)> ExchangeAsync(string code, string? verifier = null) =>
        PostAsync("token", new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code",
            ["code"] = code,
            ["redirect_uri"] = Callback,
            ["client_id"] = WebClientId,
            ["code_verifier"] = verifier ?? "",
        }.Where(pair => pair.Value.Length > 0).ToDictionary(), WebClientId, WebClientSecret);

    public async ValueTask DisposeAsync()
    {
        Browser.Dispose();
        await T.DisposeAsync();
    }
}
