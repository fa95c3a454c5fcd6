namespace ManagedLogin.Tests;

/// <summary>
/// The managed login session: once signed in on the pages, the browser goes straight back to the app on its next
/// authorize request (unless prompt=login), prompt=none without a session is login_required, and signing out ends it.
/// </summary>
public sealed class SignedInSessionTests
{
    private const string Callback = "http://localhost:9/callback";

    [Fact]
    public async Task A_signed_in_browser_returns_to_the_app_at_once_until_it_signs_out()
    {
        await using var login = await LoginServer.StartAsync(Callback, fakeClock: true);
        using var browser = new PageClient(login.Server.Endpoint);
        await SignInWithMfaAsync(login, browser, "joe");
        var cookie = Assert.Single(browser.SetCookies, header => header.StartsWith("localcognito-session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"path=/domain/{login.Domain}", cookie, StringComparison.OrdinalIgnoreCase);

        await browser.OpenAsync(login.LoginUrl(state: "again"));
        Assert.StartsWith(Callback + "?code=", browser.LeftTo?.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("state=again", browser.LeftTo?.ToString(), StringComparison.Ordinal);

        await browser.OpenAsync(login.LoginUrl() + "&prompt=login");
        Assert.Equal("Sign in", browser.Title);

        await browser.OpenAsync(login.DomainBase + "/signout");
        Assert.Equal("Sign out", browser.Title);
        await browser.SubmitAsync([]);
        Assert.Equal("You are signed out", browser.Title);
        await browser.OpenAsync(login.LoginUrl());
        Assert.Equal("Sign in", browser.Title);
    }

    [Fact]
    public async Task Prompt_none_without_a_session_sends_login_required_back_to_the_app()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        using var browser = new PageClient(login.Server.Endpoint);

        await browser.OpenAsync(login.LoginUrl(state: "s1") + "&prompt=none");

        Assert.Equal(Callback + "?error=login_required&error_description=The%20user%20is%20not%20signed%20in.&state=s1", browser.LeftTo?.AbsoluteUri);
    }

    private static async Task SignInWithMfaAsync(LoginServer login, PageClient browser, string username)
    {
        await login.ConfirmedUserAsync(username);
        await browser.OpenAsync(login.LoginUrl());
        await browser.SubmitAsync(new() { ["username"] = username, ["password"] = LoginServer.Password });
        await browser.SubmitAsync(new() { ["mfa"] = "SOFTWARE_TOKEN_MFA" });
        await browser.SubmitAsync(new() { ["code"] = login.TotpCode(browser.TotpSecret) });
        Assert.StartsWith(Callback + "?code=", browser.LeftTo?.ToString(), StringComparison.Ordinal);
    }
}
