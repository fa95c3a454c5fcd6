namespace CognitoMfaScenario.Configuration;

/// <summary>The second factor the user sets up when the pool offers more than one (--mfa).</summary>
public enum MfaFactor
{
    /// <summary>An authenticator app (SOFTWARE_TOKEN_MFA, TOTP).</summary>
    App,

    /// <summary>Codes sent by email (EMAIL_OTP); the pool must be in the Essentials tier or higher.</summary>
    Email,
}
