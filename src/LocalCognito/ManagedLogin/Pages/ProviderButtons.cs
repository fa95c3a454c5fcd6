using LocalCognito.OAuth;

namespace LocalCognito.ManagedLogin.Pages;

/// <summary>
/// The "Sign in with …" links of the sign-in page: one per external provider the app client supports, each the same
/// authorize request with identity_provider set, so the browser goes through /oauth2/authorize to that provider.
/// </summary>
public static class ProviderButtons
{
    public static IEnumerable<(string Text, string Href)> For(LoginTarget target) =>
        target.Client.IdentityProviders().Where(provider => provider != "COGNITO").Select(provider => (
            $"Sign in with {provider}",
            DomainUrls.BasePath(target.Domain) + "/oauth2/authorize"
                + (AuthorizeRequest.FromQuery(target.Query) with { IdentityProvider = provider }).ToQueryString()));
}
