using System.Text.Json.Nodes;
using CognitoMfa.Cdk.ExpectedPool;

namespace CognitoMfa.Cdk.Tests;

/// <summary>The loader and mappings refuse settings the stack would otherwise drop or change silently.</summary>
public sealed class ExpectedPoolFileTests
{
    private static JsonObject ValidFile() => SynthesizedStackFixture.ReadExpectedPoolFile();

    private static ExpectedPoolDefinition Parse(JsonObject file) => ExpectedPoolFile.Parse(file.ToJsonString());

    [Fact]
    public void Embedded_copy_is_the_shared_file()
    {
        var embedded = ExpectedPoolFile.LoadEmbedded();
        var file = ValidFile();

        Assert.Equal((string)file["UserPool"]!["PoolName"]!, embedded.UserPool.PoolName);
        Assert.Equal((string)file["UserPoolClient"]!["ClientName"]!, embedded.UserPoolClient.ClientName);
    }

    [Fact]
    public void Unknown_member_is_reported_by_name()
    {
        var file = ValidFile();
        file["UserPool"]!["AliasAttributes"] = new JsonArray("email");

        var error = Assert.Throws<ExpectedPoolException>(() => Parse(file));
        Assert.Contains("AliasAttributes", error.Message);
        Assert.Contains("$.UserPool", error.Message);
    }

    [Fact]
    public void Missing_member_is_reported_by_name()
    {
        var file = ValidFile();
        file["UserPool"]!.AsObject().Remove("MfaConfiguration");

        var error = Assert.Throws<ExpectedPoolException>(() => Parse(file));
        Assert.Contains("MfaConfiguration", error.Message);
    }

    [Fact]
    public void Unsupported_mfa_type_is_reported()
    {
        var file = ValidFile();
        file["EnabledMfas"] = new JsonArray("SOFTWARE_TOKEN_MFA", "WEB_AUTHN");

        var error = Assert.Throws<ExpectedPoolException>(() => UserPoolPropsMapping.ToUserPoolProps(Parse(file), ses: null));
        Assert.Contains("WEB_AUTHN", error.Message);
    }

    [Fact]
    public void Auth_flows_without_refresh_token_flow_are_refused()
    {
        // The CDK would add ALLOW_REFRESH_TOKEN_AUTH anyway, so the deployed client would differ from the file.
        var file = ValidFile();
        file["UserPoolClient"]!["ExplicitAuthFlows"] = new JsonArray("ALLOW_USER_SRP_AUTH");

        var error = Assert.Throws<ExpectedPoolException>(() => UserPoolClientOptionsMapping.ToClientOptions(Parse(file).UserPoolClient));
        Assert.Contains("ALLOW_REFRESH_TOKEN_AUTH", error.Message);
    }

    [Theory]
    [InlineData("seconds", 3600, 60)]
    [InlineData("minutes", 90, 90)]
    [InlineData("hours", 2, 120)]
    [InlineData("days", 1, 1440)]
    public void Token_validity_units_become_durations(string unit, int amount, double expectedMinutes)
    {
        var file = ValidFile();
        file["UserPoolClient"]!["AccessTokenValidity"] = amount;
        file["UserPoolClient"]!["TokenValidityUnits"]!["AccessToken"] = unit;

        var options = UserPoolClientOptionsMapping.ToClientOptions(Parse(file).UserPoolClient);

        Assert.Equal(expectedMinutes, options.AccessTokenValidity!.ToMinutes());
    }

    [Fact]
    public void Oauth_lists_with_oauth_off_are_refused()
    {
        // With OAuth off the CDK deploys no callback URL: the file's would be dropped without a word.
        var file = ValidFile();
        file["UserPoolClient"]!["AllowedOAuthFlowsUserPoolClient"] = false;

        var error = Assert.Throws<ExpectedPoolException>(() => UserPoolClientOAuthMapping.ToOAuthSettings(Parse(file).UserPoolClient));
        Assert.Contains("AllowedOAuthFlows needs UserPoolClient.AllowedOAuthFlowsUserPoolClient = true", error.Message);
    }

    [Fact]
    public void Oauth_off_with_empty_lists_disables_oauth()
    {
        var file = ValidFile();
        var client = file["UserPoolClient"]!;
        client["AllowedOAuthFlowsUserPoolClient"] = false;
        foreach (var member in new[] { "AllowedOAuthFlows", "AllowedOAuthScopes", "CallbackURLs", "LogoutURLs" })
        {
            client[member] = new JsonArray();
        }

        var options = UserPoolClientOptionsMapping.ToClientOptions(Parse(file).UserPoolClient);

        Assert.True(options.DisableOAuth);
        Assert.Null(options.OAuth);
    }

    [Theory]
    [InlineData("AllowedOAuthScopes", "orders/read")]
    [InlineData("AllowedOAuthFlows", "password")]
    [InlineData("SupportedIdentityProviders", "Google")]
    public void Oauth_value_the_stack_cannot_deploy_is_reported(string member, string value)
    {
        var file = ValidFile();
        file["UserPoolClient"]![member]!.AsArray().Add(value);

        var error = Assert.Throws<ExpectedPoolException>(() => UserPoolClientOptionsMapping.ToClientOptions(Parse(file).UserPoolClient));
        Assert.Contains($"{member} = '{value}'", error.Message);
    }

    [Fact]
    public void Code_flow_without_a_callback_url_is_refused()
    {
        // The CDK would put in https://example.com, where no one receives the code.
        var file = ValidFile();
        file["UserPoolClient"]!["CallbackURLs"] = new JsonArray();

        var error = Assert.Throws<ExpectedPoolException>(() => UserPoolClientOptionsMapping.ToClientOptions(Parse(file).UserPoolClient));
        Assert.Contains("CallbackURLs is empty", error.Message);
    }
}
