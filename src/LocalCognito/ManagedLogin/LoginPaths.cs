namespace LocalCognito.ManagedLogin;

/// <summary>Where each managed login page lives under a domain's base path; links keep the app's authorize query.</summary>
public static class LoginPaths
{
    public const string SignIn = "/login";
    public const string SignUp = "/signup";
    public const string Confirm = "/confirm";
    public const string Mfa = "/mfa";
    public const string SelectMfa = "/mfa/select";
    public const string MfaSetup = "/mfa/setup";
    public const string ForgotPassword = "/forgotPassword";
    public const string ConfirmForgotPassword = "/confirmForgotPassword";
    public const string NewPassword = "/newPassword";
    public const string SignOut = "/signout";

    /// <summary>"/domain/{domain}", the base every page and cookie of the domain lives under.</summary>
    public static string Base(string domain) => OAuth.DomainUrls.BasePath(domain);

    /// <summary>A page's path with the authorize query carried along (query starts with "?" or is empty).</summary>
    public static string Of(string domain, string page, string query) => Base(domain) + page + query;
}
