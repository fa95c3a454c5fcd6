namespace LocalCognito.OAuth;

/// <summary>
/// The managed login session cookie, shared by the pages (which set it after a sign-in) and /logout (which clears
/// it). Cognito's own is "cognito"; the name here is LocalCognito's, scoped to the domain's path.
/// </summary>
public static class ManagedLoginCookie
{
    /// <summary>The cookie's name.</summary>
    public const string Name = "localcognito-session";

    /// <summary>The path the cookie is scoped to: the domain's base path, so two domains on one port keep apart.</summary>
    public static string PathFor(string domain) => DomainUrls.BasePath(domain);
}
