using System.Security.Cryptography;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
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
}
