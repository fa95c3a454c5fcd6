using System.Text.Json;
using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Answers;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.SignIn;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario.Steps;

/// <summary>The steps that set up MFA: the first sign-in (MFA_SETUP), adding an authenticator, verifying it.</summary>
public sealed class EnrolmentSteps(ScenarioState state, IAnsiConsole console, AdminPasswordSignIn adminSignIn, AuthenticatorEnrolment enrolment,
    CognitoWrapper cognito, Questions questions, UserSignIn userSignIn, ScenarioOptions options)
{
    /// <summary>Sign in as administrator; a new user gets the MFA_SETUP challenge.</summary>
    public async Task SignInAsAdminAsync(CancellationToken cancellationToken)
    {
        var response = await adminSignIn.SignInAsync(cancellationToken).ConfigureAwait(false);
        state.MfaSetupSession = ReadFirstSignIn(response);
    }

    /// <summary>
    /// Choose the factor (app or email, when the pool offers both); for an app get a TOTP secret, show it as text and as a
    /// QR code, and choose who types the codes; for email turn on email MFA as the user's preferred factor.
    /// </summary>
    public async Task AssociateAuthenticatorAsync(CancellationToken cancellationToken)
    {
        if (state.AlreadyEnrolled)
        {
            console.Info("The user has an MFA factor already: nothing to add.");
            return;
        }

        state.Factor = await questions.ChooseMfaFactorAsync(state.MfaTypesOffered, cancellationToken).ConfigureAwait(false);
        if (state.Factor == MfaFactor.Email)
        {
            await cognito.AdminPreferEmailMfaAsync(state.Username, cancellationToken).ConfigureAwait(false);
            console.Success("Email MFA is on for the user and preferred (AdminSetUserMFAPreference with EmailMfaSettings). Cognito emails a code at every sign-in.");
            console.Info("Cognito sets up email MFA without a code; the next step signs in again and answers the first emailed code (EMAIL_OTP).");
            return;
        }

        var pending = await enrolment.AssociateAsync(state.Username, RequireSession(state.MfaSetupSession), cancellationToken).ConfigureAwait(false);
        state.Enrolment = pending;
        state.Authenticator = await enrolment.ChooseAuthenticatorAsync(pending.Secret, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Verify a code from the authenticator, then complete MFA_SETUP (a dead session signs in again); for email, sign in with the first emailed code.</summary>
    public async Task VerifyAuthenticatorAsync(CancellationToken cancellationToken)
    {
        if (state.AlreadyEnrolled)
        {
            console.Info("The user has an MFA factor already: nothing to verify.");
            return;
        }

        if (state.Factor == MfaFactor.Email)
        {
            // The API reference: to set up email MFA, restart the authentication flow; the challenge is then EMAIL_OTP.
            var signedIn = await userSignIn.SignInAsync(state.Username, state.Password, device: null, authenticator: null, cancellationToken).ConfigureAwait(false);
            state.Tokens = signedIn.Tokens;
            state.NewDevice = signedIn.Tokens.NewDeviceMetadata ?? state.NewDevice;
            state.AlreadyEnrolled = true;
            console.Success("Signed in with the emailed code: email MFA works. Every sign-in from now on asks for a code.");
            return;
        }

        var pending = state.Enrolment ?? throw new InvalidOperationException("No secret to verify: the authenticator was not added.");
        for (var restart = 0; ; restart++)
        {
            try
            {
                state.Tokens = await enrolment.VerifyAndCompleteAsync(state.Username, pending, state.Authenticator, cancellationToken).ConfigureAwait(false);
                state.NewDevice = state.Tokens.NewDeviceMetadata ?? state.NewDevice;
                state.AlreadyEnrolled = true;
                console.Success("MFA_SETUP complete: Cognito issued tokens. Every sign-in from now on asks for a code.");
                return;
            }
            catch (NotAuthorizedException exception) when (exception.IsSessionProblem() && restart < RetryLimits.SessionRestarts)
            {
                console.Warning(AdminPasswordSignIn.SessionRestartNotice);
                var setupSession = ReadFirstSignIn(await adminSignIn.SignInAsync(cancellationToken).ConfigureAwait(false));
                if (state.AlreadyEnrolled)
                {
                    console.Info("The authenticator was verified before the session ran out: MFA is set up.");
                    return;
                }

                console.Warning("Cognito issued a new secret: the old one is void. Replace the entry in your authenticator app.");
                pending = await enrolment.AssociateAsync(state.Username, RequireSession(setupSession), cancellationToken).ConfigureAwait(false);
                state.Enrolment = pending;
                // Codes from the old secret no longer count, so the built-in authenticator takes the new one.
                state.Authenticator = state.Authenticator is null ? null : enrolment.BuiltInFor(pending.Secret);
            }
        }
    }

    /// <summary>Reads the first sign-in's answer.</summary>
    /// <returns>The MFA_SETUP session, or null when the user has an authenticator already.</returns>
    /// <exception cref="ScenarioException">The pool does not require MFA by authenticator app.</exception>
    private string? ReadFirstSignIn(AdminInitiateAuthResponse response)
    {
        if (response.ChallengeName == ChallengeNameType.MFA_SETUP)
        {
            var canSetUp = MfaTypesThatCanBeSetUp(response.ChallengeParameters?.GetValueOrDefault("MFAS_CAN_SETUP"));
            console.Success($"Password accepted. Cognito asks for MFA_SETUP; it can set up: {string.Join(", ", canSetUp)}.");
            if (!canSetUp.Contains("SOFTWARE_TOKEN_MFA") && !canSetUp.Contains("EMAIL_OTP"))
            {
                throw new ScenarioException("The pool does not offer authenticator apps (SOFTWARE_TOKEN_MFA) or email codes (EMAIL_OTP) for MFA. Enable software token MFA on the user pool (SetUserPoolMfaConfig with SoftwareTokenMfaConfiguration enabled, or mfaSecondFactor otp in cdk/) and run again.");
            }

            state.MfaTypesOffered = canSetUp;
            return response.Session;
        }

        if (response.ChallengeName == ChallengeNameType.SOFTWARE_TOKEN_MFA || response.ChallengeName == ChallengeNameType.EMAIL_OTP
            || response.ChallengeName == ChallengeNameType.SELECT_MFA_TYPE)
        {
            state.AlreadyEnrolled = true;
            state.Factor = response.ChallengeName == ChallengeNameType.EMAIL_OTP ? MfaFactor.Email
                : response.ChallengeName == ChallengeNameType.SOFTWARE_TOKEN_MFA ? MfaFactor.App
                : options.Mfa;
            var steps = state.Steps;
            console.Info($"Password accepted. This user has an MFA factor already ({response.ChallengeName.Value} challenge): steps {steps.NumberOf(nameof(AssociateAuthenticatorAsync))} and {steps.NumberOf(nameof(VerifyAuthenticatorAsync))} have nothing to do, step {steps.NumberOf(nameof(SignInSteps.SignInWithMfaAsync))} needs a code from it.");
            return null;
        }

        if (response.AuthenticationResult is not null)
        {
            throw new ScenarioException("Cognito signed the user in without MFA: the pool does not require it. Set the pool's MFA configuration to ON (required) with software tokens (cdk/ does this), then run again.");
        }

        throw new ScenarioException($"Cognito answered with the {response.ChallengeName?.Value} challenge, which this scenario does not handle. Use a pool with MFA required via authenticator apps or email (no SMS MFA).");
    }

    private static string RequireSession(string? session) =>
        session ?? throw new ScenarioException("Cognito returned no session for the challenge. Sign in again.");

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
}
