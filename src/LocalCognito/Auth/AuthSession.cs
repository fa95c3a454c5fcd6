using CognitoSrp;

namespace LocalCognito.Auth;

/// <summary>Server-side state behind one opaque Session string: who is signing in and which step comes next.</summary>
public sealed record AuthSession
{
    public required string UserPoolId { get; init; }
    public required string ClientId { get; init; }
    public required string UsernameKey { get; init; }
    /// <summary>The step this session may be used for (see <see cref="SessionStep"/>).</summary>
    public required string Step { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    /// <summary>The DEVICE_KEY the client presented when it started signing in, if any.</summary>
    public string? DeviceKey { get; init; }
    /// <summary>The server half of an SRP exchange (PASSWORD_VERIFIER, DEVICE_PASSWORD_VERIFIER).</summary>
    public SrpServer? Srp { get; init; }
    public string? SrpAHex { get; init; }
    public string? SrpSaltHex { get; init; }
    public string? SecretBlock { get; init; }
    /// <summary>The code emailed for an EMAIL_OTP challenge, and the address it went to.</summary>
    public string? EmailCode { get; init; }
    public string? EmailDestination { get; init; }
    /// <summary>What a right EMAIL_OTP code means: an MFA step, setting up email MFA, or a passwordless first factor.</summary>
    public EmailCodePurpose EmailCodePurpose { get; init; }
    /// <summary>USER_AUTH: the first factors this user may choose in SELECT_CHALLENGE.</summary>
    public IReadOnlyList<string> AvailableChallenges { get; init; } = [];
}

/// <summary>The steps a session can be used for.</summary>
public static class SessionStep
{
    public const string MfaSetup = "MFA_SETUP";                       // next: AssociateSoftwareToken
    public const string MfaSetupAssociated = "MFA_SETUP_ASSOCIATED";  // next: VerifySoftwareToken
    public const string MfaSetupVerified = "MFA_SETUP_VERIFIED";      // next: RespondToAuthChallenge MFA_SETUP
    public const string SoftwareTokenMfa = "SOFTWARE_TOKEN_MFA";
    public const string PasswordVerifier = "PASSWORD_VERIFIER";
    public const string DeviceSrpAuth = "DEVICE_SRP_AUTH";
    public const string DevicePasswordVerifier = "DEVICE_PASSWORD_VERIFIER";
    public const string NewPasswordRequired = "NEW_PASSWORD_REQUIRED";
    public const string EmailOtp = "EMAIL_OTP";
    public const string SelectMfaType = "SELECT_MFA_TYPE";
    public const string SelectChallenge = "SELECT_CHALLENGE";             // USER_AUTH: choose a first factor
    public const string Password = "PASSWORD";                            // USER_AUTH: answer with PASSWORD
    public const string PasswordSrp = "PASSWORD_SRP";                     // USER_AUTH: answer with SRP_A
    public const string SignUp = "SIGN_UP";                               // SignUp's Session, for ConfirmSignUp
    public const string SignUpConfirmed = "SIGN_UP_CONFIRMED";            // ConfirmSignUp's Session, for InitiateAuth USER_AUTH
}

public enum EmailCodePurpose
{
    Mfa,
    MfaSetup,
    FirstFactor,
}
