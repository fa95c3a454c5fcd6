using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Tests.Support;
using Microsoft.IdentityModel.JsonWebTokens;
using Moq;

namespace CognitoMfaScenario.Tests.BrowserSignIn;

/// <summary>The browser sign-in step on the mocked client, with a fake pool domain and a fake browser (real loopback HTTP).</summary>
public sealed class BrowserSignInStepTests
{
    [Fact]
    public async Task Unattended_the_code_comes_back_to_the_listener_and_is_redeemed_with_the_PKCE_verifier()
    {
        using var harness = SignedUpHarness(new ScenarioOptions { NonInteractive = true });

        await harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None);

        var authorize = harness.ManagedLogin.LastAuthorizeQuery;
        var token = harness.ManagedLogin.LastTokenForm;
        Assert.Equal(("code", "S256", ScriptedCognito.ClientId), (authorize["response_type"], authorize["code_challenge_method"], authorize["client_id"]));
        Assert.Equal(harness.Target.CallbackUrl!.OriginalString, authorize["redirect_uri"]);
        Assert.Equal(Pkce.ChallengeOf(token["code_verifier"]), authorize["code_challenge"]);
        Assert.Equal(("authorization_code", harness.Target.CallbackUrl.OriginalString), (token["grant_type"], token["redirect_uri"]));
        Assert.Equal(authorize["nonce"], new JsonWebToken(harness.SessionState.Tokens!.IdToken).GetPayloadValue<string>("nonce"));
        Assert.Equal(harness.Cognito.LastAccessToken, harness.SessionState.Tokens.AccessToken); // the next steps use these tokens
        Assert.Contains("Signed in through the managed login page", harness.Output);
        Assert.Contains("valid (RS256", harness.Output);
        Assert.Contains($"Token endpoint: {FakeManagedLogin.DomainBaseUrl}/oauth2/token", harness.Output);
        Assert.Empty(harness.Browser.Opened); // unattended: no browser
        Assert.DoesNotContain(token["code_verifier"], harness.Output);
        Assert.DoesNotContain(token["code"], harness.Output);
    }

    [Fact]
    public async Task A_person_gets_the_browser_opened_and_the_built_in_authenticators_code_to_type()
    {
        using var harness = SignedUpHarness(new ScenarioOptions());
        harness.UseBuiltInAuthenticator();
        harness.Console.Input.PushTextWithEnter(""); // run the step (Enter = yes)
        harness.Console.Input.PushTextWithEnter(""); // do not show the password (Enter = no)

        await harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None);

        var opened = Assert.Single(harness.Browser.Opened);
        Assert.StartsWith(FakeManagedLogin.DomainBaseUrl + "/oauth2/authorize?", opened.AbsoluteUri);
        Assert.Contains("Your browser is opening the sign-in page", harness.Output);
        Assert.Contains(opened.AbsoluteUri + "\n", harness.Output); // whole, on a line of its own, for copying
        Assert.Contains($"Code to type on the page: {harness.Cognito.CodeAt(0)}", harness.Output);
        Assert.Contains("Username: kim", harness.Output);
        Assert.DoesNotContain("Kim-Pa55word!", harness.Output);
        Assert.Contains("Signed in through the managed login page", harness.Output);
    }

    [Fact]
    public async Task Asked_for_it_the_password_is_shown_once()
    {
        using var harness = SignedUpHarness(new ScenarioOptions());
        harness.Console.Input.PushTextWithEnter("");  // run the step
        harness.Console.Input.PushTextWithEnter("y"); // show the password

        await harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None);

        Assert.Contains("Password: Kim-Pa55word! (shown because you asked)", harness.Output);
    }

    [Fact]
    public async Task Without_a_browser_the_address_is_printed_and_the_step_waits_for_the_redirect()
    {
        using var harness = SignedUpHarness(new ScenarioOptions());
        harness.Browser.CanOpen = false;
        harness.Console.Input.PushTextWithEnter("");
        harness.Console.Input.PushTextWithEnter("");
        var step = harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None);

        // The person opens the printed address elsewhere on this machine.
        var url = await PrintedAuthorizeUrlAsync(harness);
        using (var person = new HttpClient(harness.ManagedLogin, disposeHandler: false))
        using (var atDomain = await person.GetAsync(url))
        using (await person.GetAsync(atDomain.Headers.Location))
        {
        }

        await step;
        Assert.Contains("Open this address in a browser on this computer", harness.Output);
        Assert.NotNull(harness.SessionState.Tokens);
    }

    [Fact]
    public async Task An_error_sent_back_instead_of_a_code_fails_the_step_with_it()
    {
        using var harness = SignedUpHarness(new ScenarioOptions { NonInteractive = true });
        harness.ManagedLogin.AuthorizeError = "access_denied";

        var error = await Assert.ThrowsAsync<ScenarioException>(() => harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None));

        Assert.Equal("The sign-in page sent the browser back with an error instead of a code: access_denied.", error.Message);
    }

    [Fact]
    public async Task An_id_token_with_another_nonce_is_not_trusted()
    {
        using var harness = SignedUpHarness(new ScenarioOptions { NonInteractive = true });
        harness.ManagedLogin.NonceOverride = "someone-elses-nonce";

        var error = await Assert.ThrowsAsync<ScenarioException>(() => harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None));

        Assert.StartsWith("The ID token does not carry the nonce this sign-in sent", error.Message);
        Assert.Null(harness.SessionState.Tokens);
    }

    [Fact]
    public async Task Unattended_on_AWS_the_step_is_skipped_without_touching_the_domain()
    {
        using var harness = SignedUpHarness(new ScenarioOptions { NonInteractive = true }, TargetKind.Aws);

        await harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None);

        Assert.Contains("Skipped: an unattended run fills in LocalCognito's pages only", harness.Output);
        Assert.Empty(harness.ManagedLogin.LastAuthorizeQuery);
    }

    [Fact]
    public async Task A_pool_without_a_domain_skips_the_step_and_says_how_to_add_one()
    {
        using var harness = SignedUpHarness(new ScenarioOptions { NonInteractive = true });
        harness.WellKnown.Setup(j => j.GetAsync(harness.Target.DiscoveryUri!, It.IsAny<CancellationToken>()))
            .ReturnsAsync($$"""{"issuer": "{{ScriptedCognito.Issuer}}", "jwks_uri": "{{harness.Target.JwksUri}}"}""");

        await harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None);

        Assert.Contains("Skipped: the pool has no domain, so no sign-in page", harness.Output);
        Assert.Null(harness.SessionState.Tokens);
    }

    [Fact]
    public async Task Declined_the_step_does_nothing()
    {
        using var harness = SignedUpHarness(new ScenarioOptions());
        harness.Console.Input.PushTextWithEnter("n");

        await harness.BrowserSignIn.SignInThroughManagedLoginAsync(CancellationToken.None);

        Assert.Contains("Skipped: no browser sign-in.", harness.Output);
        Assert.Empty(harness.Browser.Opened);
    }

    /// <summary>A harness whose user "kim" has signed up and set up MFA, as after step 8.</summary>
    private static ScenarioHarness SignedUpHarness(ScenarioOptions options, TargetKind kind = TargetKind.EmbeddedLocal)
    {
        var harness = new ScenarioHarness(options, kind);
        harness.AccountState.Use("kim", "Kim-Pa55word!");
        harness.Cognito.Preset("kim", "Kim-Pa55word!");
        harness.Cognito.EnrolWithoutCode();
        if (options.NonInteractive)
        {
            harness.UseBuiltInAuthenticator();
        }

        return harness;
    }

    private static async Task<Uri> PrintedAuthorizeUrlAsync(ScenarioHarness harness)
    {
        for (var tries = 0; tries < 200; tries++)
        {
            var line = harness.Output.Split('\n').FirstOrDefault(text => text.StartsWith(FakeManagedLogin.DomainBaseUrl, StringComparison.Ordinal));
            if (line is not null)
            {
                return new Uri(line.Trim());
            }

            await Task.Delay(50);
        }

        throw new InvalidOperationException("The step printed no authorize address:\n" + harness.Output);
    }
}
