using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Steps;

namespace CognitoMfaScenario;

/// <summary>
/// The steps in the order they run, numbered by their place: the only list of steps. A step's number, the count
/// ("All N steps") and the classes the host registers come from here, so adding a step is one row here and the
/// step's class.
/// </summary>
public static class StepTable
{
    /// <summary>Title and method of each step, in order.</summary>
    public static IReadOnlyList<StepRow> Rows { get; } =
    [
        StepRow.Of<AccountSteps>("Sign up a new user", nameof(AccountSteps.SignUpAsync)),
        StepRow.Of<AccountSteps>("Show the user's status", nameof(AccountSteps.ShowUserStatusAsync)),
        StepRow.Of<AccountSteps>("Resend the confirmation code (optional)", nameof(AccountSteps.OfferToResendCodeAsync)),
        StepRow.Of<AccountSteps>("Confirm the user", nameof(AccountSteps.ConfirmSignUpAsync)),
        StepRow.Of<AccountSteps>("Show the status again and list the pool's users", nameof(AccountSteps.ShowStatusAndUsersAsync)),
        StepRow.Of<EnrolmentSteps>("Sign in as admin, get the MFA_SETUP challenge", nameof(EnrolmentSteps.SignInAsAdminAsync)),
        StepRow.Of<EnrolmentSteps>("Add an MFA factor: authenticator app (AssociateSoftwareToken) or email", nameof(EnrolmentSteps.AssociateAuthenticatorAsync)),
        StepRow.Of<EnrolmentSteps>("Verify the factor's code, finish MFA set-up", nameof(EnrolmentSteps.VerifyAuthenticatorAsync)),
        StepRow.Of<SignInSteps>(options => $"Sign in {PasswordProof(options)} and the MFA code", nameof(SignInSteps.SignInWithMfaAsync)),
        StepRow.Of<SignInSteps>(options => $"Remember this device, sign in {PasswordProof(options)} and device SRP, without MFA",
            nameof(SignInSteps.RememberDeviceAsync)),
        StepRow.Of<SessionSteps>("Refresh the tokens on the remembered device (optional)", nameof(SessionSteps.RefreshTokensAsync)),
        StepRow.Of<SessionSteps>("Sign out everywhere and see what it revokes (optional)", nameof(SessionSteps.SignOutEverywhereAsync)),
        StepRow.Of<BrowserSignInStep>("Sign in through the managed login page, as web apps do (optional)", nameof(BrowserSignInStep.SignInThroughManagedLoginAsync)),
        StepRow.Of<PasswordRecoveryStep>("Reset a forgotten password with MFA on (optional)", nameof(PasswordRecoveryStep.RecoverPasswordAsync)),
        StepRow.Of<CleanUpStep>("Clean up", nameof(CleanUpStep.CleanUpAsync)),
    ];

    public static int Count => Rows.Count;

    /// <summary>The number of the step run by this method of this step class (use nameof).</summary>
    /// <exception cref="InvalidOperationException">No step runs that method.</exception>
    public static int NumberOf<TStep>(string methodName) => NumberOf(typeof(TStep), methodName);

    /// <summary>The number of the step run by the method with this name, in whichever step class.</summary>
    /// <exception cref="InvalidOperationException">No step, or more than one, runs a method of that name.</exception>
    public static int NumberOf(string methodName) => NumberOf(null, methodName);

    /// <summary>The steps bound to the instances of their classes, for one run.</summary>
    public static IReadOnlyList<ScenarioStep> Bind(IServiceProvider services, ScenarioOptions options) =>
        Rows.Select((row, index) => row.Bind(index + 1, services, options)).ToList();

    private static int NumberOf(Type? stepClass, string methodName)
    {
        var matches = Rows.Select((row, index) => (row, Number: index + 1))
            .Where(entry => entry.row.MethodName == methodName && (stepClass is null || entry.row.StepClass == stepClass))
            .ToList();
        return matches.Count == 1
            ? matches[0].Number
            : throw new InvalidOperationException($"{matches.Count} steps run a method named {methodName}; the table needs exactly one.");
    }

    private static string PasswordProof(ScenarioOptions options) => options.Auth == SignInMethod.Srp ? "by SRP" : "with USER_PASSWORD_AUTH";
}
