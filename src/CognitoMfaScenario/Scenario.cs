using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps;
using CognitoMfaScenario.Ui;
using Spectre.Console;

namespace CognitoMfaScenario;

/// <summary>
/// The scenario "sign up a user in a user pool that requires MFA" as a table of steps, run in order.
/// A step is added, removed or renumbered here and in its own method only. The steps talk to Cognito
/// through <see cref="CognitoWrapper"/> and to the person through the console and
/// <see cref="Answers.Questions"/>; errors a step can recover from are handled in the step, everything
/// else ends the run with a clear message (see <see cref="ScenarioRunner"/>).
/// </summary>
public sealed class Scenario
{
    /// <summary>Issuer shown by authenticator apps next to the account, and the prefix of device names.</summary>
    public const string TotpIssuer = "CognitoMfaScenario";

    private readonly IAnsiConsole _console;

    public Scenario(AccountSteps account, EnrolmentSteps enrolment, SignInSteps signIn, SessionSteps session,
        PasswordRecoveryStep recovery, CleanUpStep cleanUp, ScenarioState state, IAnsiConsole console,
        ScenarioOptions options)
    {
        var passwordProof = options.Auth == SignInMethod.Srp ? "by SRP" : "with USER_PASSWORD_AUTH";
        _console = console;
        State = state;
        Steps = new StepTable(
        [
            ("Sign up a new user", account.SignUpAsync),
            ("Show the user's status", account.ShowUserStatusAsync),
            ("Resend the confirmation code (optional)", account.OfferToResendCodeAsync),
            ("Confirm the user", account.ConfirmSignUpAsync),
            ("Show the status again and list the pool's users", account.ShowStatusAndUsersAsync),
            ("Sign in as admin, get the MFA_SETUP challenge", enrolment.SignInAsAdminAsync),
            ("Add an MFA factor: authenticator app (AssociateSoftwareToken) or email", enrolment.AssociateAuthenticatorAsync),
            ("Verify the factor's code, finish MFA set-up", enrolment.VerifyAuthenticatorAsync),
            ($"Sign in {passwordProof} and the MFA code", signIn.SignInWithMfaAsync),
            ($"Remember this device, sign in {passwordProof} and device SRP, without MFA", signIn.RememberDeviceAsync),
            ("Refresh the tokens on the remembered device (optional)", session.RefreshTokensAsync),
            ("Sign out everywhere and see what it revokes (optional)", session.SignOutEverywhereAsync),
            ("Reset a forgotten password with MFA on (optional)", recovery.RecoverPasswordAsync),
            ("Clean up", cleanUp.CleanUpAsync),
        ]);
        state.Steps = Steps;
    }

    /// <summary>The steps, in order.</summary>
    public StepTable Steps { get; }

    /// <summary>What the run has learned so far (exposed for tests and the runner).</summary>
    public ScenarioState State { get; }

    /// <summary>Runs every step of the table in order.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        foreach (var step in Steps)
        {
            State.CurrentStep = step.Number;
            _console.StepHeader(step.Number, step.Title);
            await step.RunAsync(cancellationToken).ConfigureAwait(false);
        }

        _console.WriteLine();
        _console.Success($"All {Steps.Count} steps finished.");
    }
}
