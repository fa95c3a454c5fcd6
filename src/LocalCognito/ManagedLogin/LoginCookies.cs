namespace LocalCognito.ManagedLogin;

/// <summary>
/// The pages' cookies: HttpOnly (no script reads them), SameSite=Lax (they must ride the app's top-level redirect into
/// the pages, and no cross-site POST carries them), Secure when the browser came over https, scoped to the domain's path.
/// </summary>
public static class LoginCookies
{
    public static CookieOptions Options(HttpContext http, string domain, TimeSpan? maxAge = null) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Secure = http.Request.IsHttps || http.Request.Headers["X-Forwarded-Proto"].ToString().StartsWith("https", StringComparison.OrdinalIgnoreCase),
        Path = LoginPaths.Base(domain),
        MaxAge = maxAge,
        IsEssential = true,
    };
}
