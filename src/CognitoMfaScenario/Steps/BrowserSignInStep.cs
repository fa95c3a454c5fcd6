using CognitoMfaScenario.Answers;
using CognitoMfaScenario.BrowserSignIn;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.State;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>
/// Sign in the way web and native apps do: through the pool's managed login page in a browser, with the
/// authorization code flow and PKCE, the code coming back to this program's loopback listener. A person signs in
/// in their browser; unattended runs on LocalCognito fill in its pages themselves.
/// </summary>
public sealed class BrowserSignInStep(ManagedLoginSignIn signIn, ManagedLoginFormWalker formWalker, IBrowserLauncher browser, ScenarioTarget target,
    Questions questions, AccountState account, MfaState mfa, SessionState session, IConfirmationMailbox mailbox, TokenReport tokenReport,
    IAnsiConsole console, TimeProvider timeProvider)
{
    private static readonly TimeSpan PersonTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan UnattendedTimeout = TimeSpan.FromSeconds(60);

    public async Task SignInThroughManagedLoginAsync(CancellationToken cancellationToken)
    {
        if (!questions.Interactive && !target.HasOutbox)
        {
            console.Info("Skipped: an unattended run fills in LocalCognito's pages only; Amazon Cognito's managed login page needs a person at a browser.");
            return;
        }

        if (!await questions.RunOptionalStepAsync("Sign in through the pool's managed login page in a browser?", cancellationToken).ConfigureAwait(false))
        {
            console.Info("Skipped: no browser sign-in.");
            return;
        }

        console.Info("Web and native apps rarely call InitiateAuth: they send the user to the pool's sign-in page and get back an authorization code, " +
                     "which they exchange for tokens. PKCE (S256) ties the code to this program, so a code caught on its way is useless.");
        var (started, whyNot) = await signIn.StartAsync(cancellationToken).ConfigureAwait(false);
        if (started is null)
        {
            console.Warning($"Skipped: {whyNot}.");
            return;
        }

        using var pending = started;
        console.Field("Authorize endpoint", pending.Endpoints.Authorize.AbsoluteUri);
        console.Field("Token endpoint", pending.Endpoints.Token.AbsoluteUri);
        console.Field("Found in", pending.Endpoints.Source);
        console.Field("Redirect URI", $"{pending.Attempt.RedirectUri.OriginalString} (this program listens there)");

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var finishing = signIn.FinishAsync(pending, questions.Interactive ? PersonTimeout : UnattendedTimeout, stop.Token);
        try
        {
            await (questions.Interactive ? GuidePersonAsync(pending, finishing, cancellationToken) : FillInPagesAsync(pending, cancellationToken))
                .ConfigureAwait(false);
        }
        catch
        {
            // The redirect will not come: stop waiting for it, and let the first problem be the one reported.
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(finishing).ConfigureAwait(false);
            _ = finishing.Exception;
            throw;
        }

        var tokens = await finishing.ConfigureAwait(false);
        session.SignedIn(tokens);
        console.Success("Signed in through the managed login page: the code and the PKCE verifier were redeemed at the token endpoint, " +
                        "and the ID token carries this sign-in's nonce.");
        await tokenReport.ShowAsync(tokens, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Opens the browser (or prints the address), says what to type, and shows the built-in authenticator's codes until the redirect comes.</summary>
    private async Task GuidePersonAsync(PendingBrowserSignIn pending, Task finishing, CancellationToken cancellationToken)
    {
        var url = pending.Attempt.AuthorizeUrl.AbsoluteUri;
        console.Info(browser.TryOpen(pending.Attempt.AuthorizeUrl)
            ? "Your browser is opening the sign-in page. If it does not, open this address on this computer:"
            : "Open this address in a browser on this computer (the page sends the browser back to localhost):");
        // Written as is, never wrapped or truncated, so it can be copied whole.
        console.Profile.Out.Writer.WriteLine(url);
        console.Field("Username", account.Username);
        console.Field("Password", await questions.RevealPasswordAsync(cancellationToken).ConfigureAwait(false)
            ? $"{account.Password} (shown because you asked)"
            : "the one this user has now (typed masked earlier)");
        console.Info(mfa.Factor == MfaFactor.Email
            ? target.HasOutbox
                ? "Then enter the code Cognito emails: the page shows LocalCognito's outbox."
                : "Then enter the code Cognito emails to the user."
            : mfa.Authenticator is null
                ? "Then enter the code your authenticator app shows."
                : "Then enter the code below, from the built-in authenticator.");
        console.Info($"Waiting up to {PersonTimeout.TotalMinutes:0} minutes for the browser to come back (Ctrl+C stops the scenario).");

        if (mfa.Factor == MfaFactor.App && mfa.Authenticator is { } authenticator)
        {
            await ShowCodesAsync(authenticator, finishing, cancellationToken).ConfigureAwait(false);
        }

        await Task.WhenAny(finishing).ConfigureAwait(false);
    }

    /// <summary>A code now, then one fresh code per 30-second step while the person signs in; each code shown counts as used.</summary>
    private async Task ShowCodesAsync(BuiltInAuthenticator authenticator, Task finishing, CancellationToken cancellationToken)
    {
        do
        {
            var now = timeProvider.GetUtcNow();
            try
            {
                console.Field("Code to type on the page", $"{authenticator.NextCode()} (a new one in {TotpClock.SecondsUntilNextCode(now)} s)");
            }
            catch (InvalidOperationException)
            {
                // Earlier steps used both codes valid now (a code works once): the next one comes with the next step.
                console.Info($"The codes valid now were used by earlier steps; the next one appears here in {TotpClock.SecondsUntilNextCode(now)} s.");
            }

            var nextStep = Task.Delay(TimeSpan.FromSeconds(TotpClock.SecondsUntilNextCode(now)), timeProvider, cancellationToken);
            await Task.WhenAny(finishing, nextStep).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
        }
        while (!finishing.IsCompleted);
    }

    /// <summary>--non-interactive on LocalCognito: the pages are filled in as a browser would, with the run's answers.</summary>
    private async Task FillInPagesAsync(PendingBrowserSignIn pending, CancellationToken cancellationToken)
    {
        console.Info("Unattended: filling in LocalCognito's sign-in pages as a browser would (username, password, MFA code).");
        var before = (await mailbox.LatestForAsync(target.PoolId, account.Username, cancellationToken).ConfigureAwait(false))?.SentAt;
        var answers = new ManagedLoginAnswers(account.Username, account.Password,
            mfa.Factor == MfaFactor.Email ? "EMAIL_OTP" : "SOFTWARE_TOKEN_MFA",
            token => mfa.Factor == MfaFactor.Email ? EmailedCodeAsync(before, token) : AuthenticatorCodeAsync(token));
        await formWalker.SignInAsync(pending.Attempt.AuthorizeUrl, pending.Attempt.RedirectUri, answers, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The built-in authenticator's next code; when earlier steps used both codes valid now, the next one is waited for.</summary>
    private async Task<string> AuthenticatorCodeAsync(CancellationToken cancellationToken)
    {
        if (mfa.Authenticator is { } authenticator && !authenticator.HasUnusedCode())
        {
            var wait = TotpClock.SecondsUntilNextCode(timeProvider.GetUtcNow());
            console.Info($"The two codes valid now were used by earlier steps (a code works once): waiting {wait} s for the next one, as a person would.");
            await Task.Delay(TimeSpan.FromSeconds(wait), timeProvider, cancellationToken).ConfigureAwait(false);
        }

        return await questions.AuthenticatorCodeAsync(mfa.Authenticator, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The code of the first email newer than <paramref name="before"/> (the page's sign-in sends one).</summary>
    private async Task<string> EmailedCodeAsync(DateTimeOffset? before, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 20; attempt++)
        {
            if (await mailbox.LatestForAsync(target.PoolId, account.Username, cancellationToken).ConfigureAwait(false) is { } email
                && (before is null || email.SentAt > before))
            {
                console.Field("Code", $"{email.Code} (from the outbox)");
                return email.Code;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), timeProvider, cancellationToken).ConfigureAwait(false);
        }

        throw new Errors.ScenarioException("The sign-in page asked for an emailed code, but no new email reached LocalCognito's outbox.");
    }
}
