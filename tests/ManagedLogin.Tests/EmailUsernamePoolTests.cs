using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace ManagedLogin.Tests;

/// <summary>
/// A pool whose users sign up and in with their email address (UsernameAttributes email) and no MFA: the pages ask for
/// the address once, and the sign-in goes straight back to the app.
/// </summary>
public sealed class EmailUsernamePoolTests
{
    private const string Callback = "http://localhost:9/callback";

    [Fact]
    public async Task Users_sign_up_and_in_with_their_email_address_and_without_MFA_go_straight_back_to_the_app()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        var pool = await login.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "email-names",
            UsernameAttributes = ["email"],
            AutoVerifiedAttributes = ["email"],
            MfaConfiguration = UserPoolMfaType.OFF,
            Policies = new UserPoolPolicyType { PasswordPolicy = new PasswordPolicyType { MinimumLength = 10 } },
        });
        var poolId = pool.UserPool.Id;
        await login.Client.CreateUserPoolDomainAsync(new CreateUserPoolDomainRequest { UserPoolId = poolId, Domain = "email-names" });
        var client = await login.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = poolId,
            ClientName = "web",
            AllowedOAuthFlowsUserPoolClient = true,
            AllowedOAuthFlows = ["code"],
            AllowedOAuthScopes = ["openid", "email"],
            CallbackURLs = [Callback],
            SupportedIdentityProviders = ["COGNITO"],
        });
        var query = $"?client_id={client.UserPoolClient.ClientId}&redirect_uri={Uri.EscapeDataString(Callback)}&response_type=code&scope=openid&state=e1";
        var domainBase = login.Server.Endpoint + "domain/email-names";
        using var browser = new PageClient(login.Server.Endpoint);

        await browser.OpenAsync(domainBase + "/signup" + query);
        Assert.Contains("<label for=\"field-username\">Email address</label>", browser.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("attribute.email", browser.Html, StringComparison.Ordinal);
        Assert.Contains("At least 10 characters.", browser.Html, StringComparison.Ordinal);
        await browser.SubmitAsync(new() { ["username"] = "kai@example.com", ["password"] = "short" });
        Assert.Equal("Password not long enough.", browser.Alert);
        await browser.SubmitAsync(new() { ["username"] = "kai@example.com", ["password"] = "with spaces inside" });
        Assert.Equal("That password is not accepted: use no spaces and at most 256 characters.", browser.Alert);
        await browser.SubmitAsync(new() { ["username"] = "kai@example.com", ["password"] = "long-enough-password" });
        Assert.Equal("Confirm your account", browser.Title);
        var code = login.Server.Outbox.Last(message => message.PoolId == poolId).Code;
        await browser.SubmitAsync(new() { ["code"] = code });

        Assert.Equal("Sign in", browser.Title);
        Assert.Contains("<label for=\"field-username\">Email address</label>", browser.Html, StringComparison.Ordinal);
        await browser.SubmitAsync(new() { ["username"] = "kai@example.com", ["password"] = "long-enough-password" });
        Assert.Null(browser.Alert);

        Assert.Equal(Callback + "?code=", browser.LeftTo?.AbsoluteUri[..(Callback.Length + 6)]);
        Assert.EndsWith("&state=e1", browser.LeftTo?.AbsoluteUri, StringComparison.Ordinal);
    }
}
