namespace LocalCognito.Auth;

/// <summary>The MFA factor names Cognito uses in MFAS_CAN_SETUP, MFAS_CAN_CHOOSE and UserMFASettingList.</summary>
public static class MfaFactor
{
    public const string SoftwareToken = "SOFTWARE_TOKEN_MFA";
    public const string Email = "EMAIL_OTP";
}
