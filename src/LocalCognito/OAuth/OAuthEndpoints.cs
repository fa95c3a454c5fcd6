namespace LocalCognito.OAuth;

/// <summary>Maps a domain's OAuth 2.0 endpoints under /domain/{domain} (see <see cref="DomainUrls"/>).</summary>
public static class OAuthEndpoints
{
    public static void Map(WebApplication app)
    {
        var prefix = DomainUrls.Prefix + "/{domain}";
        app.MapGet(prefix + "/oauth2/authorize", (HttpContext context, string domain, AuthorizeEndpoint endpoint) => endpoint.Handle(context, domain));
        app.MapPost(prefix + "/oauth2/token", (HttpContext context, string domain, TokenEndpoint endpoint) => endpoint.HandleAsync(context, domain));
        app.MapMethods(prefix + "/oauth2/userInfo", ["GET", "POST"],
            (HttpContext context, string domain, UserInfoEndpoint endpoint) => endpoint.Handle(context, domain));
        app.MapPost(prefix + "/oauth2/revoke", (HttpContext context, string domain, RevokeEndpoint endpoint) => endpoint.HandleAsync(context, domain));
        app.MapGet(prefix + "/logout", (HttpContext context, string domain, LogoutEndpoint endpoint) => endpoint.Handle(context, domain));
    }

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton<AuthorizationCodes>();
        services.AddSingleton<AuthorizeRequestValidator>();
        services.AddSingleton<AuthorizationResponder>();
        services.AddSingleton<TokenGrants>();
        services.AddSingleton<AuthorizeEndpoint>();
        services.AddSingleton<TokenEndpoint>();
        services.AddSingleton<UserInfoEndpoint>();
        services.AddSingleton<RevokeEndpoint>();
        services.AddSingleton<LogoutEndpoint>();
    }
}
