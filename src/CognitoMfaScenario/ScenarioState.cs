using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Mfa;
using CognitoMfaScenario.SignIn;

namespace CognitoMfaScenario;

/// <summary>What one run has learned so far, handed from step to step. One instance per run.</summary>
public sealed class ScenarioState
{
    public string Username { get; set; } = string.Empty;

    /// <summary>Kept in memory only; never printed.</summary>
    public string Password { get; set; } = string.Empty;

    public string Email { get; set; } = string.Empty;

    /// <summary>Whether the user existed before this run (the person chose to continue with it).</summary>
    public bool ContinuedExistingUser { get; set; }

    /// <summary>UNCONFIRMED, CONFIRMED, … as last seen.</summary>
    public UserStatusType? UserStatus { get; set; }

    public bool IsConfirmed => string.Equals(UserStatus?.Value, UserStatusType.CONFIRMED.Value, StringComparison.OrdinalIgnoreCase);

    /// <summary>Session of the MFA_SETUP challenge the first sign-in returned (null when the user is enrolled already).</summary>
    public string? MfaSetupSession { get; set; }

    /// <summary>The MFA types MFA_SETUP offered (MFAS_CAN_SETUP), e.g. SOFTWARE_TOKEN_MFA and EMAIL_OTP.</summary>
    public IReadOnlyList<string> MfaTypesOffered { get; set; } = [];

    /// <summary>The MFA factor the user has (chosen in step 7, or found at the first sign-in).</summary>
    public MfaFactor Factor { get; set; } = MfaFactor.App;

    /// <summary>The secret added to the authenticator and the session to verify it with.</summary>
    public PendingEnrolment? Enrolment { get; set; }

    /// <summary>The user had an authenticator already, so enrolment has nothing to do.</summary>
    public bool AlreadyEnrolled { get; set; }

    /// <summary>The built-in authenticator, when the person (or --non-interactive) chose it.</summary>
    public BuiltInAuthenticator? Authenticator { get; set; }

    /// <summary>Tokens of the newest sign-in.</summary>
    public AuthenticationResultType? Tokens { get; set; }

    /// <summary>The device Cognito offered to remember (from the MFA sign-in).</summary>
    public NewDeviceMetadataType? NewDevice { get; set; }

    /// <summary>The remembered device's key and secret, once ConfirmDevice accepted it.</summary>
    public RememberedDevice? Device { get; set; }

    public bool DeviceRemembered => Device is not null;

    public bool UserDeleted { get; set; }

    /// <summary>The newest tokens were revoked (sign-out) and no sign-in has happened since.</summary>
    public bool TokensRevoked { get; set; }

    /// <summary>The access token of the newest sign-in.</summary>
    /// <exception cref="ScenarioException">No sign-in has finished.</exception>
    public string RequireAccessToken() =>
        Tokens?.AccessToken ?? throw new ScenarioException("There is no access token: the sign-in did not finish.");

    /// <summary>The steps of this run, for messages that name another step by its number.</summary>
    public StepTable Steps { get; set; } = StepTable.Empty;

    /// <summary>The step being run, for "stopped at step N".</summary>
    public int CurrentStep { get; set; }
}
