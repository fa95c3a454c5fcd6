using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests.OAuth;

/// <summary>Create/UpdateUserPoolClient check the OAuth settings as Cognito does, and Describe returns them.</summary>
public sealed class OAuthClientSettingsTests
{
    [Fact]
    public async Task Valid_OAuth_settings_are_stored_and_described()
    {
        await using var t = await TestServer.StartAsync();
        var created = (await t.Client.CreateUserPoolClientAsync(Web(t))).UserPoolClient;
        var described = (await t.Client.DescribeUserPoolClientAsync(new DescribeUserPoolClientRequest { UserPoolId = t.PoolId, ClientId = created.ClientId })).UserPoolClient;
        Assert.True(described.AllowedOAuthFlowsUserPoolClient);
        Assert.Equal(["code"], described.AllowedOAuthFlows);
        Assert.Equal(["openid", "email"], described.AllowedOAuthScopes);
        Assert.Equal(["https://app.example.com/cb", "http://localhost:5000/cb", "myapp://cb"], described.CallbackURLs);
        Assert.Equal("https://app.example.com/cb", described.DefaultRedirectURI);
        Assert.Equal(["COGNITO"], described.SupportedIdentityProviders);
    }

    [Theory]
    [InlineData("http://app.example.com/cb", "InvalidParameterException")]
    [InlineData("https://app.example.com/cb#frag", "InvalidParameterException")]
    [InlineData("relative/cb", "InvalidParameterException")]
    public async Task Unsafe_callback_urls_are_refused(string url, string code)
    {
        await using var t = await TestServer.StartAsync();
        var request = Web(t);
        request.CallbackURLs = [url];
        request.DefaultRedirectURI = null;
        var error = await Assert.ThrowsAnyAsync<AmazonCognitoIdentityProviderException>(() => t.Client.CreateUserPoolClientAsync(request));
        Assert.Equal(code, error.ErrorCode);
        Assert.Contains("CallbackURLs", error.Message);
    }

    [Fact]
    public async Task Flow_scope_provider_and_redirect_rules()
    {
        await using var t = await TestServer.StartAsync();
        await Refused(t, r => r.AllowedOAuthScopes = ["openid", "https://nowhere/read"], "ScopeDoesNotExistException", "Invalid scope requested: https://nowhere/read");
        await Refused(t, r => r.SupportedIdentityProviders = ["COGNITO", "Google"], "InvalidParameterException", $"The provider Google does not exist for User Pool {t.PoolId}");
        await Refused(t, r => r.DefaultRedirectURI = "https://other.example.com/", "InvalidParameterException", "DefaultRedirectURI must be one of the client's CallbackURLs.");
        await Refused(t, r => r.AllowedOAuthFlows = [], "InvalidParameterException",
            "AllowedOAuthFlows and AllowedOAuthScopes are required if user pool client is allowed to use OAuth flows.");
        await Refused(t, r => { r.CallbackURLs = null; r.DefaultRedirectURI = null; }, "InvalidParameterException", "CallbackURLs are required for the code and implicit flows.");
        await Refused(t, r => r.AllowedOAuthFlows = ["client_credentials"], "InvalidOAuthFlowException",
            "client_credentials flow can not be selected if client does not have a client secret.");
        await Refused(t, r => { r.GenerateSecret = true; r.AllowedOAuthFlows = ["client_credentials", "code"]; }, "InvalidOAuthFlowException",
            "client_credentials flow can not be selected along with code flow or implicit flow.");
        await Refused(t, r => { r.GenerateSecret = true; r.AllowedOAuthFlows = ["client_credentials"]; }, "InvalidOAuthFlowException",
            "The scope openid cannot be used with the client_credentials flow: it allows only resource server (custom) scopes.");
    }

    [Fact]
    public async Task UpdateUserPoolClient_checks_the_same_rules_with_the_clients_secret()
    {
        await using var t = await TestServer.StartAsync();
        await t.Client.CreateResourceServerAsync(new CreateResourceServerRequest
        {
            UserPoolId = t.PoolId, Identifier = "api", Name = "api", Scopes = [new ResourceServerScopeType { ScopeName = "read", ScopeDescription = "r" }],
        });
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest { UserPoolId = t.PoolId, ClientName = "m2m", GenerateSecret = true })).UserPoolClient;
        var update = new UpdateUserPoolClientRequest
        {
            UserPoolId = t.PoolId,
            ClientId = client.ClientId,
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = ["client_credentials"],
            AllowedOAuthScopes = ["api/read"],
        };
        var updated = (await t.Client.UpdateUserPoolClientAsync(update)).UserPoolClient;
        Assert.Equal(["api/read"], updated.AllowedOAuthScopes);

        var noSecret = t.ClientId;
        update.ClientId = noSecret;
        var error = await Assert.ThrowsAsync<InvalidOAuthFlowException>(() => t.Client.UpdateUserPoolClientAsync(update));
        Assert.Equal("client_credentials flow can not be selected if client does not have a client secret.", error.Message);
    }

    private static CreateUserPoolClientRequest Web(TestServer t) => new()
    {
        UserPoolId = t.PoolId,
        ClientName = "web",
        AllowedOAuthFlowsUserPoolClient = true,
        AllowedOAuthFlows = ["code"],
        AllowedOAuthScopes = ["openid", "email"],
        CallbackURLs = ["https://app.example.com/cb", "http://localhost:5000/cb", "myapp://cb"],
        DefaultRedirectURI = "https://app.example.com/cb",
        SupportedIdentityProviders = ["COGNITO"],
    };

    private static async Task Refused(TestServer t, Action<CreateUserPoolClientRequest> change, string code, string message)
    {
        var request = Web(t);
        change(request);
        var error = await Assert.ThrowsAnyAsync<AmazonCognitoIdentityProviderException>(() => t.Client.CreateUserPoolClientAsync(request));
        Assert.Equal((code, message), (error.ErrorCode, error.Message));
    }
}
