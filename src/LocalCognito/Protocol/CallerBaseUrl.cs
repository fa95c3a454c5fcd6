namespace LocalCognito.Protocol;

/// <summary>
/// The base URL a client used to reach LocalCognito, rebuilt from its request, so tokens name an issuer the client
/// can fetch the JWKS from even through a proxy, a port mapping or a tunnel. The host is the Host header (already
/// accepted by the host allow-list); the scheme is the request's, or X-Forwarded-Proto's when a proxy in front ended
/// TLS (only http and https are taken from it).
/// </summary>
public static class CallerBaseUrl
{
    /// <summary>scheme://host[:port][path base], without a trailing slash; null without a Host header.</summary>
    public static string? Of(HttpRequest request)
    {
        if (!request.Host.HasValue)
        {
            return null;
        }

        return $"{SchemeOf(request)}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
    }

    private static string SchemeOf(HttpRequest request)
    {
        // A chain of proxies lists one value per hop; the first is what the client used.
        var forwarded = request.Headers["X-Forwarded-Proto"].ToString().Split(',')[0].Trim().ToLowerInvariant();
        return forwarded is "http" or "https" ? forwarded : request.Scheme;
    }
}
