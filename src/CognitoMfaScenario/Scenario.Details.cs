using System.Text.Json;
using System.Text.RegularExpressions;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario;

/// <summary>The details behind the steps in Scenario.cs: asking, showing, and the sign-in and enrolment sub-flows.</summary>
public sealed partial class Scenario
{
    private void BeginStep(int number, string title)
    {
        State.CurrentStep = number;
        console.StepHeader(number, title);
    }

    private async Task<string> AskUsernameAsync(string? preset, CancellationToken cancellationToken)
    {
        if (preset is not null)
        {
            console.Field("User name", preset);
            return preset;
        }

        var generated = NewUserDefaults.Username(random);
        if (!Interactive)
        {
            console.Field("User name", generated + " (generated)");
            return generated;
        }

        return await prompter.AskAsync("User name", generated, ValidateUsername, cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> AskPasswordAsync(string? preset, CancellationToken cancellationToken)
    {
        if (preset is not null)
        {
            console.Field("Password", "(from options, hidden)");
            return preset;
        }

        var answer = Interactive
            ? await prompter.AskSecretAsync("Password (Enter = generate a strong one)", true, cancellationToken).ConfigureAwait(false)
            : string.Empty;
        if (answer.Length > 0)
        {
            return answer;
        }

        console.Field("Password", "(generated, never shown)");
        return NewUserDefaults.Password(random);
    }

    private static string? ValidateUsername(string answer) =>
        answer.Length is > 0 and <= 128 && !answer.Any(char.IsWhiteSpace) ? null : "User names have 1–128 characters and no spaces.";

    private static string? ValidateEmail(string answer) =>
        EmailPattern().IsMatch(answer) ? null : "That does not look like an email address.";

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SixDigits();

    private void DescribeDelivery(CodeDeliveryDetailsType? delivery)
    {
        if (delivery is not null)
        {
            console.Info($"Confirmation code sent by {delivery.DeliveryMedium?.Value ?? "?"} to {delivery.Destination ?? "?"} (Cognito masks the address).");
        }
    }

    private async Task<PasswordPolicyType> PasswordPolicyAsync(CancellationToken cancellationToken)
    {
        try
        {
            var pool = await cognito.DescribeUserPoolAsync(cancellationToken).ConfigureAwait(false);
            return pool.UserPool?.Policies?.PasswordPolicy ?? PasswordPolicyText.Default;
        }
        catch (AmazonServiceException)
        {
            console.Info("(Could not read the pool's policy; showing Cognito's default policy.)");
            return PasswordPolicyText.Default;
        }
    }

    private async Task ShowUserAsync(CancellationToken cancellationToken)
    {
        var user = await cognito.AdminGetUserAsync(State.Username, cancellationToken).ConfigureAwait(false);
        State.UserStatus = user.UserStatus?.Value ?? State.UserStatus;
        console.Field("User name", user.Username);
        console.Field("Status", user.UserStatus?.Value);
        console.Field("Enabled", user.Enabled is { } enabled ? (enabled ? "yes" : "no") : null);
        console.Field("Email", Attribute(user.UserAttributes, "email"));
        console.Field("Email verified", Attribute(user.UserAttributes, "email_verified"));
        console.Field("Created", user.UserCreateDate?.ToUniversalTime().ToString("u", System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Attribute(List<AttributeType>? attributes, string name) =>
        attributes?.FirstOrDefault(a => a.Name == name)?.Value;

    private async Task ResendCodeAsync(CancellationToken cancellationToken)
    {
        var response = await cognito.ResendConfirmationCodeAsync(State.Username, cancellationToken).ConfigureAwait(false);
        console.Success("A new code is on its way; the previous one no longer counts.");
        DescribeDelivery(response.CodeDeliveryDetails);
    }

    private async Task ShowLocalEmailAsync(CancellationToken cancellationToken)
    {
        if (!target.HasOutbox)
        {
            return;
        }

        var email = await mailbox.LatestForAsync(target.PoolId, State.Username, cancellationToken).ConfigureAwait(false);
        if (email is not null)
        {
            EmailBox.Write(console, email);
        }
    }

    private async Task<string> ConfirmationCodeAsync(CancellationToken cancellationToken)
    {
        var localCode = target.HasOutbox
            ? (await mailbox.LatestForAsync(target.PoolId, State.Username, cancellationToken).ConfigureAwait(false))?.Code
            : null;
        if (!Interactive)
        {
            if (localCode is null)
            {
                throw new ScenarioException(target.HasOutbox
                    ? "No confirmation code arrived in LocalCognito's outbox."
                    : "--non-interactive cannot read the confirmation email from Amazon Cognito. Add --admin-confirm to confirm the user with AdminConfirmSignUp.");
            }

            console.Field("Confirmation code", localCode + " (read from the local outbox)");
            return localCode;
        }

        // Locally the code is on screen already, so Enter takes it.
        return await prompter.AskAsync("Confirmation code from the email", localCode,
            answer => answer.All(char.IsAsciiDigit) ? null : "The code is made of digits.", cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdminInitiateAuthResponse> AdminSignInAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await cognito.AdminSignInAsync(State.Username, State.Password, cancellationToken).ConfigureAwait(false);
            }
            catch (NotAuthorizedException exception) when (Interactive && State.ContinuedExistingUser
                                                           && exception.Message.Contains("Incorrect username or password", StringComparison.OrdinalIgnoreCase))
            {
                console.Problem("Incorrect password for this existing user.");
                State.Password = await prompter.AskSecretAsync($"Password of {State.Username}", false, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void HandleFirstSignIn(AdminInitiateAuthResponse response)
    {
        State.Session = response.Session;
        if (response.ChallengeName == ChallengeNameType.MFA_SETUP)
        {
            var canSetUp = MfaTypesThatCanBeSetUp(Parameter(response.ChallengeParameters, "MFAS_CAN_SETUP"));
            console.Success($"Password accepted. Cognito asks for MFA_SETUP; it can set up: {string.Join(", ", canSetUp)}.");
            if (!canSetUp.Contains("SOFTWARE_TOKEN_MFA"))
            {
                throw new ScenarioException("The pool does not offer authenticator apps (SOFTWARE_TOKEN_MFA) for MFA. Enable software token MFA on the user pool (SetUserPoolMfaConfig with SoftwareTokenMfaConfiguration enabled, or mfaSecondFactor otp in cdk/) and run again.");
            }

            return;
        }

        if (response.ChallengeName == ChallengeNameType.SOFTWARE_TOKEN_MFA)
        {
            State.AlreadyEnrolled = true;
            console.Info("Password accepted. This user has an authenticator already (SOFTWARE_TOKEN_MFA challenge): steps 7 and 8 have nothing to do, step 9 needs a code from that authenticator.");
            return;
        }

        if (response.AuthenticationResult is not null)
        {
            throw new ScenarioException("Cognito signed the user in without MFA: the pool does not require it. Set the pool's MFA configuration to ON (required) with software tokens (cdk/ does this), then run again.");
        }

        throw new ScenarioException($"Cognito answered with the {response.ChallengeName?.Value} challenge, which this scenario does not handle. Use a pool with MFA required via authenticator apps only (no SMS/email MFA).");
    }

    private static IReadOnlyList<string> MfaTypesThatCanBeSetUp(string? mfasCanSetUp)
    {
        if (string.IsNullOrWhiteSpace(mfasCanSetUp))
        {
            return [];
        }

        try
        {
            // The value is a JSON array serialised into a string: "[\"SOFTWARE_TOKEN_MFA\"]".
            return JsonSerializer.Deserialize<string[]>(mfasCanSetUp) ?? [];
        }
        catch (JsonException)
        {
            return [mfasCanSetUp];
        }
    }

    private async Task AssociateAndShowSecretAsync(CancellationToken cancellationToken)
    {
        var response = await cognito.AssociateSoftwareTokenAsync(RequireSession(), cancellationToken).ConfigureAwait(false);
        State.Session = response.Session;
        var secret = response.SecretCode ?? throw new ScenarioException("Cognito returned no secret code.");
        var uri = QrCodeRenderer.OtpAuthUri(TotpIssuer, State.Username, secret);

        console.Info("Add an account to your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, …):");
        console.Info("scan the QR code, or choose \"enter a setup key\" and type the secret.");
        console.MarkupLine($"  [grey]Secret:[/] [bold]{Markup.Escape(SecretFormatter.Group(secret))}[/]  [grey](time-based, 6 digits, 30 s)[/]");
        // Colours need ANSI output; redirected output gets the ink-only drawing.
        var colour = console.Profile.Capabilities.Ansi && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        console.Write(QrCodeRenderer.Render(uri, colour));
        if (!colour)
        {
            console.Info("(No colours on this output: if the code does not scan, use --qr-png PATH or type the secret.)");
        }

        if (options.QrPng is { } pngPath)
        {
            await WriteQrPngAsync(pngPath, uri, cancellationToken).ConfigureAwait(false);
        }

        // A new secret voids codes from an old one.
        State.Authenticator = State.Authenticator is null ? null : new BuiltInAuthenticator(secret, timeProvider);
        PendingSecret = secret;
    }

    private async Task WriteQrPngAsync(string path, string otpAuthUri, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllBytesAsync(path, QrCodeRenderer.Png(otpAuthUri), cancellationToken).ConfigureAwait(false);
            console.Success($"QR code also written to {Path.GetFullPath(path)}.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The terminal QR code and the secret are on screen, so the scenario can go on.
            console.Warning($"Could not write the QR code to {path}: {exception.Message}");
        }
    }

    /// <summary>The newest secret from AssociateSoftwareToken, until an authenticator is chosen.</summary>
    private string? PendingSecret { get; set; }

    private async Task ChooseAuthenticatorAsync(CancellationToken cancellationToken)
    {
        var secret = PendingSecret ?? throw new InvalidOperationException("No secret to add.");
        bool useBuiltIn;
        if (!Interactive)
        {
            useBuiltIn = true;
        }
        else if (!target.IsAws)
        {
            // Offered for local pools only: against AWS a real authenticator is the point.
            console.Info($"No authenticator app at hand? The \"{BuiltInChoice}\" authenticator of this program can type the codes for you (local pools only).");
            useBuiltIn = await prompter.ChooseAsync("Who enters the codes?", [AppChoice, BuiltInChoice], AppChoice, cancellationToken).ConfigureAwait(false) == BuiltInChoice;
        }
        else
        {
            useBuiltIn = false;
        }

        if (useBuiltIn)
        {
            State.Authenticator = new BuiltInAuthenticator(secret, timeProvider);
            console.Info("Codes will come from the BUILT-IN authenticator (a stand-in for an app, for demonstrations only).");
        }
    }

    private async Task VerifyAndCompleteSetupAsync(CancellationToken cancellationToken)
    {
        VerifySoftwareTokenResponse verified;
        for (var attempt = 0; ; attempt++)
        {
            var code = await AuthenticatorCodeAsync("Code from your authenticator app", cancellationToken).ConfigureAwait(false);
            try
            {
                verified = await cognito.VerifySoftwareTokenAsync(RequireSession(), code, $"{TotpIssuer} authenticator", cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (Exception exception) when (exception is EnableSoftwareTokenMFAException or CodeMismatchException
                                              && State.Authenticator is null && attempt < 5)
            {
                console.Problem("The code did not match. Codes depend on the time: check that the phone's clock is set automatically, then enter the newest code.");
            }
        }

        if (verified.Status != VerifySoftwareTokenResponseType.SUCCESS)
        {
            throw new ScenarioException($"VerifySoftwareToken answered {verified.Status?.Value ?? "no status"} instead of SUCCESS.");
        }

        State.Session = verified.Session;
        console.Success("The authenticator is verified.");
        var completed = await cognito.AdminCompleteMfaSetupAsync(State.Username, RequireSession(), cancellationToken).ConfigureAwait(false);
        if (completed.AuthenticationResult is null)
        {
            throw new ScenarioException($"Completing MFA_SETUP gave another challenge ({completed.ChallengeName?.Value}) instead of tokens.");
        }

        State.Tokens = completed.AuthenticationResult;
        State.NewDevice = completed.AuthenticationResult.NewDeviceMetadata ?? State.NewDevice;
        State.AlreadyEnrolled = true;
        console.Success("MFA_SETUP complete: Cognito issued tokens. Every sign-in from now on asks for a code.");
    }

    private async Task<string> AuthenticatorCodeAsync(string question, CancellationToken cancellationToken)
    {
        if (State.Authenticator is { } authenticator)
        {
            string code;
            try
            {
                code = authenticator.NextCode();
            }
            catch (InvalidOperationException exception)
            {
                throw new ScenarioException(exception.Message);
            }

            console.Field("Code", code + " (typed by the built-in authenticator)");
            return code;
        }

        if (!Interactive)
        {
            throw new ScenarioException("--non-interactive needs the built-in authenticator, but the user was enrolled with another one. Use a new user name.");
        }

        return await prompter.AskAsync(question, null,
            answer => SixDigits().IsMatch(answer) ? null : "Enter the 6 digits the app shows.", cancellationToken).ConfigureAwait(false);
    }

    private async Task ShowTokensAsync(AuthenticationResultType tokens, CancellationToken cancellationToken)
    {
        var summaries = await tokenInspector.InspectAsync(target, [tokens.AccessToken, tokens.IdToken], cancellationToken).ConfigureAwait(false);
        TokenSummaryView.Write(console, summaries, timeProvider.GetUtcNow());
        console.Info($"Signatures checked with Microsoft.IdentityModel against the pool's keys at {target.JwksUri}");
        TokenSummaryView.WriteRawToken(console, "Access token", tokens.AccessToken, options.ShowTokens);
        TokenSummaryView.WriteRawToken(console, "ID token", tokens.IdToken, options.ShowTokens);
        TokenSummaryView.WriteRawToken(console, "Refresh token", tokens.RefreshToken, options.ShowTokens);
        if (!options.ShowTokens)
        {
            console.Info("(Tokens are truncated; --show-tokens prints them in full.)");
        }

        if (summaries.Any(s => s.Signature == SignatureStatus.Invalid))
        {
            throw new ScenarioException("A token's signature does not match the pool's published keys (JWKS). Do not trust these tokens; check the endpoint and pool id.");
        }
    }

    private static bool IsSessionProblem(NotAuthorizedException exception) =>
        exception.Message.Contains("session", StringComparison.OrdinalIgnoreCase);

    private string RequireSession() =>
        State.Session ?? throw new ScenarioException("Cognito returned no session for the challenge. Sign in again.");

    private string RequireAccessToken() =>
        State.Tokens?.AccessToken ?? throw new ScenarioException("There is no access token: the sign-in did not finish.");

    private static string? Parameter(Dictionary<string, string>? parameters, string name) =>
        parameters is not null && parameters.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    private static string RequiredParameter(Dictionary<string, string>? parameters, string name) =>
        Parameter(parameters, name) ?? throw new ScenarioException($"Cognito's challenge lacks the {name} parameter.");
}
