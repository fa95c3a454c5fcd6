using System.Net;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace ManagedLogin.Tests;

/// <summary>
/// The managed login pages over real HTTP, without a browser: each step of the MFA walk, what a page says when
/// something goes wrong, and the safety a login page needs (CSRF, cookie flags, nothing secret in a URL).
/// </summary>
public sealed class PageFlowTests
{
    private const string Callback = "http://localhost:9/callback";

    [Fact]
    public async Task A_new_user_signs_up_confirms_sets_up_an_authenticator_and_returns_to_the_app_with_a_code()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        using var browser = new PageClient(login.Server.Endpoint);

        await browser.OpenAsync(login.LoginUrl(state: "xyz"));
        Assert.Equal("Sign in", browser.Title);
        Assert.EndsWith($"/domain/{login.Domain}/login", browser.Url.GetLeftPart(UriPartial.Path), StringComparison.Ordinal);

        await browser.OpenAsync(login.DomainBase + "/signup" + browser.Url.Query);
        Assert.Equal("Create an account", browser.Title);
        Assert.Contains("Email address", browser.Html, StringComparison.Ordinal);
        Assert.Contains("At least 8 characters, with an uppercase letter, a lowercase letter, a number and a symbol such as", browser.Html, StringComparison.Ordinal);
        await browser.SubmitAsync(new() { ["username"] = "pat", ["attribute.email"] = "pat@example.com", ["password"] = LoginServer.Password });

        Assert.Equal("Confirm your account", browser.Title);
        Assert.Contains("We sent a code to p***@e***.", browser.Html, StringComparison.Ordinal);
        Assert.Contains("/_local/outbox?username=pat", browser.Html, StringComparison.Ordinal);
        var emailed = login.LatestCode("pat");
        await browser.SubmitAsync(new() { ["code"] = emailed });

        Assert.Equal("Sign in", browser.Title);
        Assert.Equal("Your account is confirmed. Sign in to continue.", browser.Notice);
        await browser.SubmitAsync(new() { ["username"] = "pat", ["password"] = LoginServer.Password });

        // The default pool offers an authenticator app and email: the user picks first.
        Assert.Equal("Set up multi-factor authentication", browser.Title);
        await browser.SubmitAsync(new() { ["mfa"] = "SOFTWARE_TOKEN_MFA" });
        Assert.Equal("Set up your authenticator app", browser.Title);
        Assert.Contains("<img class=\"qr\" src=\"data:image/png;base64,", browser.Html, StringComparison.Ordinal);
        var secret = browser.TotpSecret;
        Assert.Matches("^[A-Z2-7]{32}$", secret);

        await browser.SubmitAsync(new() { ["code"] = login.TotpCode(secret) });

        Assert.NotNull(browser.LeftTo);
        Assert.StartsWith(Callback + "?code=", browser.LeftTo.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("&state=xyz", browser.LeftTo.ToString(), StringComparison.Ordinal);
        var user = await login.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = login.Server.UserPoolId, Username = "pat" });
        Assert.Contains("SOFTWARE_TOKEN_MFA", user.UserMFASettingList);

        // No password, code, TOTP secret or challenge session ever travelled in a URL.
        foreach (var url in browser.VisitedUrls)
        {
            Assert.DoesNotContain(LoginServer.Password, Uri.UnescapeDataString(url), StringComparison.Ordinal);
            Assert.DoesNotContain(secret, url, StringComparison.Ordinal);
            Assert.DoesNotContain("code=" + emailed, url, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_flow_cookie_is_HttpOnly_SameSite_Lax_and_scoped_to_the_domain()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        using var browser = new PageClient(login.Server.Endpoint);

        await browser.OpenAsync(login.LoginUrl());

        var cookie = Assert.Single(browser.SetCookies, header => header.StartsWith("localcognito-login=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains($"path=/domain/{login.Domain}", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase); // plain http on loopback
    }

    [Fact]
    public async Task A_post_without_the_forms_CSRF_token_does_nothing_and_asks_to_try_again()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        using var browser = new PageClient(login.Server.Endpoint);
        await browser.OpenAsync(login.LoginUrl());
        var signUpPath = $"/domain/{login.Domain}/signup" + browser.Url.Query;

        await browser.SubmitToAsync(signUpPath, new() { ["username"] = "mallory", ["attribute.email"] = "m@example.com", ["password"] = LoginServer.Password });

        Assert.Equal("Sign in", browser.Title);
        Assert.Equal("This form expired. Please try again.", browser.Alert);
        await Assert.ThrowsAsync<UserNotFoundException>(() =>
            login.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = login.Server.UserPoolId, Username = "mallory" }));
    }

    [Fact]
    public async Task A_wrong_authenticator_code_says_so_in_one_sentence_and_the_right_one_still_signs_in()
    {
        await using var login = await LoginServer.StartAsync(Callback, fakeClock: true);
        var secret = await EnrolledUserAsync(login, "kim");
        using var browser = new PageClient(login.Server.Endpoint);
        await browser.OpenAsync(login.LoginUrl());
        await browser.SubmitAsync(new() { ["username"] = "kim", ["password"] = LoginServer.Password });
        Assert.Equal("Enter your authenticator code", browser.Title);

        await browser.SubmitAsync(new() { ["code"] = "000000" == login.TotpCode(secret, 1) ? "111111" : "000000" });

        Assert.Equal(HttpStatusCode.BadRequest, browser.Status);
        Assert.Equal("That code is not right. Check it and try again.", browser.Alert);
        await browser.SubmitAsync(new() { ["code"] = login.TotpCode(secret, 1) });
        Assert.StartsWith(Callback + "?code=", browser.LeftTo?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_challenge_session_sends_the_user_back_to_sign_in_with_a_clear_message()
    {
        await using var login = await LoginServer.StartAsync(Callback, fakeClock: true);
        var secret = await EnrolledUserAsync(login, "lee");
        using var browser = new PageClient(login.Server.Endpoint);
        await browser.OpenAsync(login.LoginUrl());
        await browser.SubmitAsync(new() { ["username"] = "lee", ["password"] = LoginServer.Password });

        login.Time!.Advance(TimeSpan.FromMinutes(4)); // the client's AuthSessionValidity is 3 minutes
        await browser.SubmitAsync(new() { ["code"] = login.TotpCode(secret) });

        Assert.Equal("Sign in", browser.Title);
        Assert.Equal("Your sign-in session expired. Sign in again.", browser.Alert);
        Assert.Null(browser.LeftTo);
    }

    [Fact]
    public async Task Wrong_passwords_on_the_page_lock_the_user_out_of_the_API_too()
    {
        await using var login = await LoginServer.StartAsync(Callback, fakeClock: true);
        await login.ConfirmedUserAsync("max");
        using var browser = new PageClient(login.Server.Endpoint);
        await browser.OpenAsync(login.LoginUrl());

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await browser.SubmitAsync(new() { ["username"] = "max", ["password"] = "Wrong-passw0rd" });
            Assert.Equal("Incorrect username or password.", browser.Alert);
        }

        await browser.SubmitAsync(new() { ["username"] = "max", ["password"] = LoginServer.Password });
        Assert.Equal("Too many failed attempts. Wait a few minutes, then try again.", browser.Alert);
        var locked = await Assert.ThrowsAsync<NotAuthorizedException>(() => login.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = login.Server.ClientId,
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "max", ["PASSWORD"] = LoginServer.Password },
        }));
        Assert.Equal("Password attempts exceeded", locked.Message);
    }

    [Fact]
    public async Task An_unknown_client_is_refused_on_the_page_and_never_redirected()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        using var browser = new PageClient(login.Server.Endpoint);

        await browser.OpenAsync(login.LoginUrl().Replace(login.WebClientId, "nosuchclient", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.BadRequest, browser.Status);
        Assert.Equal("Something went wrong", browser.Title);
        Assert.Null(browser.LeftTo);
    }

    [Fact]
    public async Task Forgot_password_sends_a_code_and_the_new_password_signs_in()
    {
        await using var login = await LoginServer.StartAsync(Callback, fakeClock: true);
        var secret = await EnrolledUserAsync(login, "ana");
        using var browser = new PageClient(login.Server.Endpoint);
        await browser.OpenAsync(login.DomainBase + "/forgotPassword" + new Uri(login.LoginUrl()).Query);

        await browser.SubmitAsync(new() { ["username"] = "ana" });
        Assert.Equal("Choose a new password", browser.Title);
        await browser.SubmitAsync(new() { ["code"] = "000000", ["password"] = "N3w-passw0rd" });
        Assert.Equal("That code is not right. Check it and try again.", browser.Alert);
        await browser.SubmitAsync(new() { ["code"] = login.LatestCode("ana"), ["password"] = "N3w-passw0rd" });

        Assert.Equal("Your password is changed. Sign in with your new password.", browser.Notice);
        await browser.SubmitAsync(new() { ["username"] = "ana", ["password"] = "N3w-passw0rd" });
        await browser.SubmitAsync(new() { ["code"] = login.TotpCode(secret, 1) });
        Assert.StartsWith(Callback + "?code=", browser.LeftTo?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_with_a_temporary_password_chooses_a_new_one_then_sets_up_MFA()
    {
        await using var login = await LoginServer.StartAsync(Callback);
        await login.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = login.Server.UserPoolId,
            Username = "temp",
            TemporaryPassword = "Temp-passw0rd",
            MessageAction = MessageActionType.SUPPRESS,
            UserAttributes = [new AttributeType { Name = "email", Value = "temp@example.com" }, new AttributeType { Name = "email_verified", Value = "true" }],
        });
        using var browser = new PageClient(login.Server.Endpoint);
        await browser.OpenAsync(login.LoginUrl());
        await browser.SubmitAsync(new() { ["username"] = "temp", ["password"] = "Temp-passw0rd" });
        Assert.Equal("Choose a new password", browser.Title);

        await browser.SubmitAsync(new() { ["password"] = "short" });
        Assert.Equal("Password not long enough.", browser.Alert);
        await browser.SubmitAsync(new() { ["password"] = "Own-passw0rd" });

        Assert.Equal("Set up multi-factor authentication", browser.Title);
    }

    /// <summary>A confirmed user enrolled in TOTP through the API; returns the secret (its first code is used).</summary>
    private static async Task<string> EnrolledUserAsync(LoginServer login, string username)
    {
        await login.ConfirmedUserAsync(username);
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
