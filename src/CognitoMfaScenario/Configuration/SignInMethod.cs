namespace CognitoMfaScenario.Configuration;

/// <summary>How the user proves the password in the sign-ins after MFA set-up (--auth).</summary>
public enum SignInMethod
{
    /// <summary>USER_SRP_AUTH: only a proof computed from the password is sent, as Amplify and the Cognito SDKs do.</summary>
    Srp,

    /// <summary>USER_PASSWORD_AUTH: the password itself is sent, for app clients that do not allow SRP.</summary>
    Password,
}
