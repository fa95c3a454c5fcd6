namespace CognitoMfaScenario.Configuration;

/// <summary>The configuration keys, shared by the command-line mapping and the binder.</summary>
public static class ConfigurationKeys
{
    public const string Local = "Local";
    public const string Endpoint = "Endpoint";
    public const string PoolId = "PoolId";
    public const string ClientId = "ClientId";
    public const string ClientSecret = "ClientSecret";
    public const string UserName = "UserName";
    public const string Password = "Password";
    public const string Email = "Email";
    public const string Region = "AWS:Region";
    public const string Profile = "AWS:Profile";
    public const string NonInteractive = "NonInteractive";
    public const string AdminConfirm = "AdminConfirm";
    public const string ShowTokens = "ShowTokens";
    public const string KeepUser = "KeepUser";
    public const string QrPng = "QrPng";
    public const string Auth = "Auth";
    public const string Mfa = "Mfa";
    public const string DomainBaseUrl = "DomainBaseUrl";
    public const string CallbackUrl = "CallbackUrl";
}
