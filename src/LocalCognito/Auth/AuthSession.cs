using CognitoSrp;

namespace LocalCognito.Auth;

/// <summary>Server-side state behind one opaque Session string: who is signing in and which step comes next.</summary>
public sealed class AuthSession
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
    /// <summary>Wrong MFA codes so far; a few retries on the same session are allowed.</summary>
    public int FailedAttempts { get; set; }
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
}
