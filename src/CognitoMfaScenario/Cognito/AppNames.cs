namespace CognitoMfaScenario.Cognito;

/// <summary>How the program names itself to Cognito and to authenticator apps.</summary>
public static class AppNames
{
    /// <summary>Issuer shown by authenticator apps next to the account, and the prefix of device names.</summary>
    public const string Issuer = "CognitoMfaScenario";

    /// <summary>The remembered device's name (ConfirmDevice).</summary>
    public const string Device = Issuer + " device";

    /// <summary>The authenticator's name (VerifySoftwareToken's FriendlyDeviceName).</summary>
    public const string Authenticator = Issuer + " authenticator";
}
