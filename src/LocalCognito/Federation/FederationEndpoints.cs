using LocalCognito.OAuth;

namespace LocalCognito.Federation;

/// <summary>Maps {domain}/oauth2/idpresponse and registers the federation services.</summary>
public static class FederationEndpoints
{
    public static void Map(WebApplication app) =>
        app.MapGet(DomainUrls.Prefix + "/{domain}/oauth2/idpresponse",
            (HttpContext context, string domain, IdpResponseEndpoint endpoint) => endpoint.HandleAsync(context, domain));

    public static void AddServices(IServiceCollection services)
    {
        services.AddSingleton(new OidcProviderHttp(new HttpClient { Timeout = TimeSpan.FromSeconds(10) }));
        services.AddSingleton<PendingFederatedSignIns>();
        services.AddSingleton<FederatedSignInStart>();
        services.AddSingleton<IdpTokenValidator>();
        services.AddSingleton<FederatedUsers>();
        services.AddSingleton<IdpResponseEndpoint>();
    }
}
