namespace LocalCognito.OAuth;

/// <summary>
/// How a user pool domain maps to a URL locally: the domain "myprefix" (prefix or custom) is served at
/// {caller base URL}/domain/myprefix on LocalCognito's own port, e.g. http://127.0.0.1:9229/domain/myprefix, with
/// Cognito's endpoints below it (/oauth2/authorize, /oauth2/token, /oauth2/userInfo, /oauth2/revoke, /logout) and the
/// managed login pages (/login, /signup, /confirm, /mfa, /forgotPassword, ...).
/// </summary>
public static class DomainUrls
{
    /// <summary>The route prefix every domain is served under.</summary>
    public const string Prefix = "/domain";

    /// <summary>"/domain/{domain}".</summary>
    public static string BasePath(string domain) => $"{Prefix}/{domain}";

    /// <summary>The domain's base URL for a server base URL (no trailing slash), e.g. http://127.0.0.1:9229/domain/myprefix.</summary>
    public static string BaseUrl(string serverBaseUrl, string domain) => serverBaseUrl.TrimEnd('/') + BasePath(domain);
}
