using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Microsoft.Playwright;
using static ManagedLogin.Tests.BrowserWitnessTests;

namespace ManagedLogin.Tests;

/// <summary>
/// The pages the witness walk does not reach, in the same chromium: messages for wrong input, choosing an MFA type,
/// email codes, email MFA set-up, password reset, a temporary password and a refused request — each screenshotted.
/// </summary>
public sealed class BrowserPagesTests
{
    private const string Callback = "http://localhost:9/callback";

    [Fact]
    public async Task The_other_pages_work_in_a_real_browser_and_say_what_went_wrong()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        await using var chromium = await Chromium.LaunchAsync();
        var page = await chromium.NewPageAsync();
        // The app's callback is not running: the browser reports reaching it instead.
        await page.Context.RouteAsync(Callback + "**", route => route.FulfillAsync(new() { Body = "callback reached", ContentType = "text/plain" }));

        // A wrong password, then a user with both an authenticator and email MFA and no preferred one.
        await login.ConfirmedUserAsync("sam");
        var secret = await EnrolAuthenticatorAsync(login, "sam");
        await login.Client.AdminSetUserMFAPreferenceAsync(new AdminSetUserMFAPreferenceRequest
        {
            UserPoolId = login.Server.UserPoolId,
            Username = "sam",
            SoftwareTokenMfaSettings = new SoftwareTokenMfaSettingsType { Enabled = true, PreferredMfa = false },
            EmailMfaSettings = new EmailMfaSettingsType { Enabled = true, PreferredMfa = false },
        });
        await page.GotoAsync(login.LoginUrl());
        await SignInAsync(page, "sam", "Wrong-passw0rd");
        Assert.Equal("Incorrect username or password.", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        await Screenshots.TakeAsync(page, "07-sign-in-error");
        await SignInAsync(page, "sam", LoginServer.Password);

        await ExpectHeadingAsync(page, "Choose how to verify");
        await Screenshots.TakeAsync(page, "08-select-mfa-type");
        await page.GetByLabel("Email me a code").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await ExpectHeadingAsync(page, "Enter the code we emailed you");
        await page.GetByLabel("Email code").FillAsync("12345678" == login.LatestCode("sam") ? "87654321" : "12345678");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();
        Assert.Equal("That code is not right. Check it and try again.", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
        await Screenshots.TakeAsync(page, "09-mfa-email-code-wrong");
        await page.GetByLabel("Email code").FillAsync(login.LatestCode("sam"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(Callback + "?code=*");
        Assert.NotEmpty(secret);

        // Email MFA set-up for a new user of a pool that offers both types.
        page = await chromium.NewPageAsync();
        await login.ConfirmedUserAsync("eve");
        await page.GotoAsync(login.LoginUrl());
        await SignInAsync(page, "eve", LoginServer.Password);
        await page.GetByLabel("Email me a code").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await ExpectHeadingAsync(page, "Set up email codes");
        await page.GetByLabel("Email address").FillAsync("eve@example.com");
        await Screenshots.TakeAsync(page, "10-mfa-setup-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send code" }).ClickAsync();
        await ExpectHeadingAsync(page, "Enter the code we emailed you");
        await Screenshots.TakeAsync(page, "11-mfa-email-code");

        // Forgot password.
        page = await chromium.NewPageAsync();
        await page.GotoAsync(login.LoginUrl());
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await ExpectHeadingAsync(page, "Reset your password");
        await page.GetByLabel("Username").FillAsync("eve");
        await Screenshots.TakeAsync(page, "12-forgot-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send reset code" }).ClickAsync();
        await ExpectHeadingAsync(page, "Choose a new password");
        await Screenshots.TakeAsync(page, "13-confirm-forgot-password");
        await page.GetByLabel("Reset code").FillAsync(login.LatestCode("eve"));
        await page.GetByLabel("New password").FillAsync("Fresh-passw0rd");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await ExpectHeadingAsync(page, "Sign in");
        Assert.Equal("Your password is changed. Sign in with your new password.", await page.GetByRole(AriaRole.Status).InnerTextAsync());

        // A temporary password from an administrator.
        await login.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = login.Server.UserPoolId,
            Username = "newhire",
            TemporaryPassword = "Temp-passw0rd",
            MessageAction = MessageActionType.SUPPRESS,
            UserAttributes = [new AttributeType { Name = "email", Value = "newhire@example.com" }],
        });
        page = await chromium.NewPageAsync();
        await page.GotoAsync(login.LoginUrl());
        await SignInAsync(page, "newhire", "Temp-passw0rd");
        await ExpectHeadingAsync(page, "Choose a new password");
        await Screenshots.TakeAsync(page, "14-new-password-required");

        // A request the pages refuse to serve (unknown app client): shown, never redirected.
        await page.GotoAsync(login.LoginUrl().Replace(login.WebClientId, "unknownclient", StringComparison.Ordinal));
        await ExpectHeadingAsync(page, "Something went wrong");
        await Screenshots.TakeAsync(page, "15-error");
    }

    private static async Task SignInAsync(IPage page, string username, string password)
    {
        await ExpectHeadingAsync(page, "Sign in");
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>Enrols an authenticator for a confirmed user through the API; returns the secret.</summary>
    private static async Task<string> EnrolAuthenticatorAsync(LoginServer login, string username)
    {
        var started = await login.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = login.Server.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = username, ["PASSWORD"] = LoginServer.Password },
        });
        var associated = await login.Client.AssociateSoftwareTokenAsync(new AssociateSoftwareTokenRequest { Session = started.Session });
        await login.Client.VerifySoftwareTokenAsync(new VerifySoftwareTokenRequest { Session = associated.Session, UserCode = login.TotpCode(associated.SecretCode) });
        return associated.SecretCode;
    }
}
