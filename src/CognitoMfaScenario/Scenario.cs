using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using Amazon.Runtime;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Local;
using CognitoMfaScenario.Tokens;
using CognitoMfaScenario.Ui;
using CognitoSrp;
using Spectre.Console;

namespace CognitoMfaScenario;

/// <summary>
/// The scenario "sign up a user in a user pool that requires MFA", one method per numbered step.
/// Steps talk to Cognito only through <see cref="CognitoWrapper"/> and to the person only through
/// the console and <see cref="IPrompter"/>. Errors a step can recover from are handled in the
/// step; everything else ends the run with a clear message (see <see cref="ScenarioRunner"/>).
/// </summary>
public sealed partial class Scenario(
    CognitoWrapper cognito,
    ScenarioTarget target,
    ScenarioOptions options,
    IAnsiConsole console,
    IPrompter prompter,
    IConfirmationMailbox mailbox,
    TokenInspector tokenInspector,
    TimeProvider timeProvider,
    RandomNumberGenerator random)
{
    /// <summary>Issuer shown by authenticator apps next to the account.</summary>
    public const string TotpIssuer = "CognitoMfaScenario";

    private const string ContinueChoice = "continue";
    private const string OtherUserChoice = "other";
    private const string AppChoice = "app";
    private const string BuiltInChoice = "built-in";
    private const int MaxSignInRestarts = 3;

    private bool Interactive => !options.NonInteractive;

    /// <summary>What the run has learned so far (exposed for tests and the runner).</summary>
    public ScenarioState State { get; } = new();

    /// <summary>Runs steps 1 to 11 in order.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await Step1SignUpAsync(cancellationToken).ConfigureAwait(false);
        await Step2ShowUserStatusAsync(cancellationToken).ConfigureAwait(false);
        await Step3OfferToResendCodeAsync(cancellationToken).ConfigureAwait(false);
        await Step4ConfirmSignUpAsync(cancellationToken).ConfigureAwait(false);
        await Step5ShowStatusAndUsersAsync(cancellationToken).ConfigureAwait(false);
        await Step6SignInAsAdminAsync(cancellationToken).ConfigureAwait(false);
        await Step7AssociateAuthenticatorAsync(cancellationToken).ConfigureAwait(false);
        await Step8VerifyAuthenticatorAsync(cancellationToken).ConfigureAwait(false);
        await Step9SignInWithMfaAsync(cancellationToken).ConfigureAwait(false);
        await Step10RememberDeviceAsync(cancellationToken).ConfigureAwait(false);
        await Step11CleanUpAsync(cancellationToken).ConfigureAwait(false);
        console.WriteLine();
        console.Success("All 11 steps finished.");
    }

    /// <summary>Step 1: sign up with user name, password and email.</summary>
    public async Task Step1SignUpAsync(CancellationToken cancellationToken)
    {
        BeginStep(1, "Sign up a new user");
        State.Username = await AskUsernameAsync(options.UserName, cancellationToken).ConfigureAwait(false);
        State.Password = await AskPasswordAsync(options.Password, cancellationToken).ConfigureAwait(false);
        State.Email = options.Email ?? (Interactive
            ? await prompter.AskAsync("Email address", target.IsAws ? null : NewUserDefaults.Email(State.Username), ValidateEmail, cancellationToken).ConfigureAwait(false)
            : NewUserDefaults.Email(State.Username));

        while (true)
        {
            try
            {
                var response = await cognito.SignUpAsync(State.Username, State.Password, State.Email, cancellationToken).ConfigureAwait(false);
                State.UserStatus = response.UserConfirmed == true ? "CONFIRMED" : "UNCONFIRMED";
                console.Success($"Signed up {State.Username} (sub {response.UserSub}).");
                DescribeDelivery(response.CodeDeliveryDetails);
                return;
            }
            catch (UsernameExistsException)
            {
                console.Warning($"User {State.Username} already exists in pool {target.PoolId}.");
                var choice = Interactive
                    ? await prompter.ChooseAsync("Continue with this user from where it stands, or choose another name?",
                        [ContinueChoice, OtherUserChoice], ContinueChoice, cancellationToken).ConfigureAwait(false)
                    : ContinueChoice;
                if (choice == ContinueChoice)
                {
                    State.ContinuedExistingUser = true;
                    console.Info($"Continuing with the existing user {State.Username}.");
                    return;
                }

                State.Username = await AskUsernameAsync(null, cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidPasswordException exception)
            {
                console.Problem(exception.Message);
                console.Info(PasswordPolicyText.Describe(await PasswordPolicyAsync(cancellationToken).ConfigureAwait(false)));
                if (!Interactive)
                {
                    throw new ScenarioException("The password given with --password does not meet the pool's policy (see above). Give another one, or leave it out to have a strong one generated.");
                }

                State.Password = await AskPasswordAsync(null, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Step 2: show the user's status as an administrator sees it.</summary>
    public async Task Step2ShowUserStatusAsync(CancellationToken cancellationToken)
    {
        BeginStep(2, "Show the user's status");
        await ShowUserAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Step 3: offer to send the confirmation code again.</summary>
    public async Task Step3OfferToResendCodeAsync(CancellationToken cancellationToken)
    {
        BeginStep(3, "Resend the confirmation code (optional)");
        if (State.IsConfirmed)
        {
            console.Info("The user is confirmed already: no code needed.");
            return;
        }

        // Unattended runs resend only where they can read the new code (LocalCognito's outbox).
        var resend = Interactive
            ? await prompter.ConfirmAsync("Send a new confirmation code?", false, cancellationToken).ConfigureAwait(false)
            : target.HasOutbox;
        if (resend)
        {
            await ResendCodeAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            console.Info("Keeping the code sent at sign-up.");
        }

        await ShowLocalEmailAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Step 4: confirm the user with the emailed code (or as an administrator).</summary>
    public async Task Step4ConfirmSignUpAsync(CancellationToken cancellationToken)
    {
        BeginStep(4, "Confirm the user");
        if (State.IsConfirmed)
        {
            console.Info("The user is confirmed already: nothing to do.");
            return;
        }

        if (options.AdminConfirm)
        {
            await cognito.AdminConfirmSignUpAsync(State.Username, cancellationToken).ConfigureAwait(false);
            State.UserStatus = "CONFIRMED";
            console.Success("Confirmed as administrator (AdminConfirmSignUp, --admin-confirm).");
            return;
        }

        while (true)
        {
            var code = await ConfirmationCodeAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await cognito.ConfirmSignUpAsync(State.Username, code, cancellationToken).ConfigureAwait(false);
                State.UserStatus = "CONFIRMED";
                console.Success($"Confirmed {State.Username}.");
                return;
            }
            catch (CodeMismatchException) when (Interactive)
            {
                console.Problem("That code is not right. Check the newest email and try again.");
            }
            catch (ExpiredCodeException) when (Interactive)
            {
                console.Problem("That code has expired.");
                if (!await prompter.ConfirmAsync("Send a new code?", true, cancellationToken).ConfigureAwait(false))
                {
                    throw new ScenarioException("The confirmation code expired. Run the scenario again and continue with this user to get a new one.");
                }

                await ResendCodeAsync(cancellationToken).ConfigureAwait(false);
                await ShowLocalEmailAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (NotAuthorizedException exception) when (exception.Message.Contains("CONFIRMED", StringComparison.OrdinalIgnoreCase))
            {
                State.UserStatus = "CONFIRMED";
                console.Info("The user was confirmed already.");
                return;
            }
        }
    }

    /// <summary>Step 5: show the status again, and the pool's users as a table.</summary>
    public async Task Step5ShowStatusAndUsersAsync(CancellationToken cancellationToken)
    {
        BeginStep(5, "Show the status again and list the pool's users");
        await ShowUserAsync(cancellationToken).ConfigureAwait(false);
        var users = await cognito.ListUsersAsync(60, cancellationToken).ConfigureAwait(false);
        UserTable.Write(console, users, State.Username);
    }

    /// <summary>Step 6: sign in as administrator; a new user gets the MFA_SETUP challenge.</summary>
    public async Task Step6SignInAsAdminAsync(CancellationToken cancellationToken)
    {
        BeginStep(6, "Sign in as admin, get the MFA_SETUP challenge");
        var response = await AdminSignInAsync(cancellationToken).ConfigureAwait(false);
        HandleFirstSignIn(response);
    }

    /// <summary>Step 7: get a TOTP secret and show it as text and as a QR code.</summary>
    public async Task Step7AssociateAuthenticatorAsync(CancellationToken cancellationToken)
    {
        BeginStep(7, "Add an authenticator app (AssociateSoftwareToken)");
        if (State.AlreadyEnrolled)
        {
            console.Info("The user has an authenticator already: nothing to add.");
            return;
        }

        await AssociateAndShowSecretAsync(cancellationToken).ConfigureAwait(false);
        await ChooseAuthenticatorAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Step 8: verify a code from the authenticator, then complete MFA_SETUP.</summary>
    public async Task Step8VerifyAuthenticatorAsync(CancellationToken cancellationToken)
    {
        BeginStep(8, "Verify the app's code, finish MFA_SETUP");
        if (State.AlreadyEnrolled)
        {
            console.Info("The user has an authenticator already: nothing to verify.");
            return;
        }

        for (var restart = 0; ; restart++)
        {
            try
            {
                await VerifyAndCompleteSetupAsync(cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (NotAuthorizedException exception) when (IsSessionProblem(exception) && restart < MaxSignInRestarts)
            {
                console.Warning("The sign-in session is no longer valid (sessions expire after a few minutes and work once). Signing in again.");
                HandleFirstSignIn(await AdminSignInAsync(cancellationToken).ConfigureAwait(false));
                if (State.AlreadyEnrolled)
                {
                    console.Info("The authenticator was verified before the session ran out: MFA is set up.");
                    return;
                }

                console.Warning("Cognito issued a new secret: the old one is void. Replace the entry in your authenticator app.");
                await AssociateAndShowSecretAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Step 9: sign in again, answer SOFTWARE_TOKEN_MFA, and show the tokens.</summary>
    public async Task Step9SignInWithMfaAsync(CancellationToken cancellationToken)
    {
        BeginStep(9, "Sign in with password and MFA code");
        var signIn = await AdminSignInAsync(cancellationToken).ConfigureAwait(false);
        if (signIn.ChallengeName != ChallengeNameType.SOFTWARE_TOKEN_MFA)
        {
            throw new ScenarioException($"Expected the SOFTWARE_TOKEN_MFA challenge but Cognito answered {signIn.ChallengeName?.Value ?? "with tokens"}. Check that the pool requires MFA with software tokens.");
        }

        var session = signIn.Session;
        string? unusedCode = null;
        for (var attempt = 0; ; attempt++)
        {
            // A code sent with a dead session was never checked, so it is still good for the new session.
            var code = unusedCode ?? await AuthenticatorCodeAsync("Code from your authenticator app", cancellationToken).ConfigureAwait(false);
            unusedCode = null;
            try
            {
                var response = await cognito.AdminRespondToSoftwareTokenMfaAsync(State.Username, session, code, cancellationToken).ConfigureAwait(false);
                State.Tokens = response.AuthenticationResult
                    ?? throw new ScenarioException($"Cognito answered the MFA code with another challenge ({response.ChallengeName?.Value}) instead of tokens.");
                State.NewDevice = response.AuthenticationResult.NewDeviceMetadata ?? State.NewDevice;
                console.Success("Signed in with MFA.");
                break;
            }
            catch (CodeMismatchException) when (State.Authenticator is null && attempt < 5)
            {
                console.Problem("Wrong code. Check the account in your authenticator app and the device's clock.");
            }
            catch (ExpiredCodeException) when (attempt < 5)
            {
                var wait = TotpClock.SecondsUntilNextCode(timeProvider.GetUtcNow());
                console.Problem($"That code was used already (a code works once). The next code appears in {wait} s.");
            }
            catch (NotAuthorizedException exception) when (IsSessionProblem(exception) && attempt < 5)
            {
                console.Warning("The sign-in session is no longer valid (sessions expire after a few minutes and work once). Signing in again.");
                session = (await AdminSignInAsync(cancellationToken).ConfigureAwait(false)).Session;
                unusedCode = code;
            }
        }

        await ShowTokensAsync(State.Tokens, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Step 10: remember this device (ConfirmDevice), then sign in from it without an MFA code (device SRP).</summary>
    public async Task Step10RememberDeviceAsync(CancellationToken cancellationToken)
    {
        BeginStep(10, "Remember this device, sign in without MFA");
        if (State.NewDevice is not { DeviceKey: { } deviceKey, DeviceGroupKey: { } groupKey })
        {
            console.Warning("Cognito returned no NewDeviceMetadata: device tracking is off for this pool. Turn on device tracking (ChallengeRequiredOnNewDevice) to try this step.");
            return;
        }

        var deviceSecret = DeviceSecrets.Create(groupKey, deviceKey, random);
        var confirmation = await cognito.ConfirmDeviceAsync(RequireAccessToken(), deviceKey, $"{TotpIssuer} device",
            deviceSecret.PasswordVerifier, deviceSecret.Salt, cancellationToken).ConfigureAwait(false);
        State.DeviceRemembered = true;
        console.Success($"Device {deviceKey} is remembered (ConfirmDevice).");
        if (confirmation.UserConfirmationNecessary == true)
        {
            console.Info("The pool asks users to confirm remembering devices; the device key still works for this demonstration.");
        }

        var start = await cognito.SignInWithDeviceAsync(State.Username, State.Password, deviceKey, cancellationToken).ConfigureAwait(false);
        if (start.ChallengeName != ChallengeNameType.DEVICE_SRP_AUTH)
        {
            throw new ScenarioException($"Expected the DEVICE_SRP_AUTH challenge for the remembered device but got {start.ChallengeName?.Value ?? "tokens"}.");
        }

        var srpUsername = Parameter(start.ChallengeParameters, "USERNAME") ?? State.Username;
        var srp = new SrpClient(random);
        var verifier = await cognito.RespondToDeviceSrpAuthAsync(srpUsername, deviceKey, srp.SrpAHex, start.Session, cancellationToken).ConfigureAwait(false);
        if (verifier.ChallengeName != ChallengeNameType.DEVICE_PASSWORD_VERIFIER)
        {
            throw new ScenarioException($"Expected the DEVICE_PASSWORD_VERIFIER challenge but got {verifier.ChallengeName?.Value ?? "tokens"}.");
        }

        var parameters = verifier.ChallengeParameters;
        var timestamp = SrpTimestamp.Format(timeProvider.GetUtcNow());
        var secretBlock = RequiredParameter(parameters, "SECRET_BLOCK");
        var signature = srp.ComputeClaimSignature(groupKey, deviceKey, deviceSecret.DevicePassword,
            RequiredParameter(parameters, "SALT"), RequiredParameter(parameters, "SRP_B"), secretBlock, timestamp);
        var signedIn = await cognito.RespondToDevicePasswordVerifierAsync(Parameter(parameters, "USERNAME") ?? srpUsername, deviceKey,
            signature, secretBlock, timestamp, verifier.Session, cancellationToken).ConfigureAwait(false);
        State.Tokens = signedIn.AuthenticationResult
            ?? throw new ScenarioException($"The device sign-in ended with another challenge ({signedIn.ChallengeName?.Value}) instead of tokens.");
        console.Success("Signed in from the remembered device: password and device proof, no MFA code.");
        TokenSummaryView.WriteRawToken(console, "Access token", State.Tokens.AccessToken, options.ShowTokens);
    }

    /// <summary>Step 11: delete the user (unless --keep-user) and say how to remove the pool.</summary>
    public async Task Step11CleanUpAsync(CancellationToken cancellationToken)
    {
        BeginStep(11, "Clean up");
        var delete = !options.KeepUser && (!Interactive
            || await prompter.ConfirmAsync($"Delete user {State.Username}?", true, cancellationToken).ConfigureAwait(false));
        if (delete)
        {
            await cognito.DeleteUserAsync(RequireAccessToken(), cancellationToken).ConfigureAwait(false);
            State.UserDeleted = true;
            console.Success($"Deleted user {State.Username} (DeleteUser with its own access token).");
        }
        else
        {
            console.Info($"Keeping user {State.Username}.");
        }

        console.Info(target.Kind switch
        {
            TargetKind.Aws => "To remove the user pool and app client from your AWS account: cd cdk && npx cdk destroy",
            TargetKind.EmbeddedLocal => "The embedded LocalCognito stops with this program; its in-memory pool goes with it.",
            _ => $"The pool at {target.Endpoint} is left as it is.",
        });
    }

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
            await File.WriteAllBytesAsync(pngPath, QrCodeRenderer.Png(uri), cancellationToken).ConfigureAwait(false);
            console.Success($"QR code also written to {Path.GetFullPath(pngPath)}.");
        }

        // A new secret voids codes from an old one.
        State.Authenticator = State.Authenticator is null ? null : new BuiltInAuthenticator(secret, timeProvider);
        PendingSecret = secret;
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
        else if (target.IsEmbeddedLocal)
        {
            console.Info($"No authenticator app at hand? The \"{BuiltInChoice}\" authenticator of this program can type the codes for you (local mode only).");
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
