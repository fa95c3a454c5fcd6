using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Playwright;

namespace ManagedLogin.Tests;

/// <summary>
/// The outside witness: a real headless chromium, an ASP.NET Core app with Microsoft's OpenID Connect handler, and
/// LocalCognito's managed login pages between them — sign up, confirm with the emailed code, set up an authenticator
/// from the page's secret, and come back signed in; then sign in again with the MFA code. Every page is found by its
/// labels (as a screen reader would) and screenshotted.
/// </summary>
public sealed class BrowserWitnessTests
{
    [Fact]
    public async Task An_OpenID_Connect_web_app_signs_a_new_user_up_and_in_with_MFA_through_the_pages()
    {
        var port = OidcWebApp.FreePort();
        await using var login = await LoginServer.StartAsync($"http://localhost:{port}/signin-oidc");
        await using var app = await OidcWebApp.StartAsync(port, login.Issuer, login.WebClientId, login.WebClientSecret);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();

        await page.GotoAsync(app.BaseUrl + "/");
        await ExpectHeadingAsync(page, "Sign in");
        Assert.StartsWith(login.DomainBase + "/login?", page.Url, StringComparison.Ordinal);
        await Screenshots.TakeAsync(page, "01-sign-in");

        await page.GetByRole(AriaRole.Link, new() { Name = "New user? Create an account" }).ClickAsync();
        await ExpectHeadingAsync(page, "Create an account");
        await page.GetByLabel("Username").FillAsync("robin");
        await page.GetByLabel("Email address").FillAsync("robin@example.com");
        await page.GetByLabel("Password").FillAsync(LoginServer.Password);
        await Screenshots.TakeAsync(page, "02-sign-up");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();

        await ExpectHeadingAsync(page, "Confirm your account");
        await Screenshots.TakeAsync(page, "03-confirm-sign-up");
        await page.GetByLabel("Confirmation code").FillAsync(login.LatestCode("robin"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm account" }).ClickAsync();

        await ExpectHeadingAsync(page, "Sign in");
        await page.GetByLabel("Password").FillAsync(LoginServer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await ExpectHeadingAsync(page, "Set up multi-factor authentication");
        await Screenshots.TakeAsync(page, "04-mfa-setup-choice");
        await page.GetByLabel("Authenticator app").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await ExpectHeadingAsync(page, "Set up your authenticator app");
        Assert.True(await page.GetByAltText("QR code to add this account to your authenticator app").EvaluateAsync<bool>("img => img.complete && img.naturalWidth > 100"));
        await Screenshots.TakeAsync(page, "05-mfa-setup-authenticator");
        var secret = (await page.Locator("#totp-secret").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        await page.GetByLabel("Code from the app").FillAsync(login.TotpCode(secret));
        await page.GetByRole(AriaRole.Button, new() { Name = "Verify and sign in" }).ClickAsync();

        // Back in the app, signed in: the id token's claims came through the code exchange at /oauth2/token.
        await page.WaitForURLAsync(app.BaseUrl + "/");
        var claims = await page.Locator("body").InnerTextAsync();
        Assert.StartsWith("signed in", claims, StringComparison.Ordinal);
        Assert.Contains("cognito:username=robin", claims, StringComparison.Ordinal);
        Assert.Contains("email=robin@example.com", claims, StringComparison.Ordinal);
        Assert.Contains("token_use=id", claims, StringComparison.Ordinal); // the handler checked iss, aud, nonce and the signature
        Assert.Contains("email_verified=true", claims, StringComparison.Ordinal);
        var user = await login.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = login.Server.UserPoolId, Username = "robin" });
        Assert.Contains("sub=" + user.UserAttributes.Single(attribute => attribute.Name == "sub").Value, claims, StringComparison.Ordinal);

        // A second visit in a fresh browser: password, then the authenticator code.
        var again = await chromium.NewPageAsync();
        await again.GotoAsync(app.BaseUrl + "/");
        await ExpectHeadingAsync(again, "Sign in");
        await again.GetByLabel("Username").FillAsync("robin");
        await again.GetByLabel("Password").FillAsync(LoginServer.Password);
        await again.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await ExpectHeadingAsync(again, "Enter your authenticator code");
        await Screenshots.TakeAsync(again, "06-mfa-code");
        // The set-up code's 30-second step is spent; the next step's code is accepted (Cognito allows one step of drift).
        await again.GetByLabel("Authenticator code").FillAsync(login.TotpCode(secret, stepOffset: 1));
        await again.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await again.WaitForURLAsync(app.BaseUrl + "/");
        Assert.Contains("cognito:username=robin", await again.Locator("body").InnerTextAsync(), StringComparison.Ordinal);
    }

    internal static Task ExpectHeadingAsync(IPage page, string heading) =>
        page.GetByRole(AriaRole.Heading, new() { Name = heading, Exact = true, Level = 1 }).WaitForAsync(new() { Timeout = 15_000 });
}
