using CognitoMfaScenario.BrowserSignIn;

namespace CognitoMfaScenario.Tests.BrowserSignIn;

public sealed class HtmlPageTests
{
    [Fact]
    public void Forms_fields_title_and_alert_are_read_whatever_the_quoting_case_and_attribute_order()
    {
        const string html = """
            <!DOCTYPE html><HTML><head><TITLE> Sign&nbsp;in </TITLE></head><body>
            <div class='alert' ROLE=alert id="e">Incorrect username <b>or</b> password.</div>
            <FORM action='/domain/x/login?client_id=a&amp;state=b' Method=POST novalidate>
              <input value="tok&quot;1" type=hidden name=_csrf>
              <label for=u>Username</label><input id=u name='username' autocomplete="username" required value="ann">
              <input type="password" name="password" autocomplete=current-password required>
              <input type=radio name=mfa value=EMAIL_OTP><input type=radio name=mfa value=SOFTWARE_TOKEN_MFA checked>
              <button type=submit>Sign in</button>
            </FORM>
            <form method="get" action="/other"><input name="q"></form>
            """;

        var page = HtmlPage.Parse(html);

        Assert.Equal("Sign in", page.Title);
        Assert.Equal("Incorrect username or password.", page.Alert);
        Assert.Equal(2, page.Forms.Count);
        var form = page.Forms[0];
        Assert.Equal(("post", "/domain/x/login?client_id=a&state=b"), (form.Method, form.Action));
        Assert.Equal(
        [
            new HtmlField("_csrf", "hidden", "tok\"1", null, false),
            new HtmlField("username", "text", "ann", "username", false),
            new HtmlField("password", "password", null, "current-password", false),
            new HtmlField("mfa", "radio", "EMAIL_OTP", null, false),
            new HtmlField("mfa", "radio", "SOFTWARE_TOKEN_MFA", null, true),
        ], form.Fields);
        Assert.Equal("get", page.Forms[1].Method);
    }

    [Fact]
    public void A_page_without_an_alert_has_none() =>
        Assert.Null(HtmlPage.Parse("<title>Done</title><div role=\"status\">Code sent.</div>").Alert);
}
