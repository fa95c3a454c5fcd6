using LocalCognito.OAuth;

namespace LocalCognito.Protocol;

/// <summary>
/// Cross-origin access for the endpoints browser apps call directly: the JSON API (POST /), a domain's /oauth2/token,
/// /oauth2/userInfo and /oauth2/revoke, and a pool's discovery document and JWKS. Preflights on those routes are
/// answered 200 here, before SigV4 or routing see them; actual requests get the headers on success and error alike.
/// Every other route (managed login pages, /oauth2/authorize, /logout: top-level navigations) gets no CORS header.
/// Runs after the host allow-list, so a rebinding page still gets its 403 without CORS headers.
/// </summary>
public sealed class CorsMiddleware(RequestDelegate next)
{
    // What cognito-idp.<region>.amazonaws.com answers, as captured from the service: any origin, no credentials.
    private const string ApiExposedHeaders = "x-amzn-RequestId,x-amzn-ErrorType,x-amzn-ErrorMessage,Date";
    private const string ApiPreflightMaxAge = "172800";

    // The domain's endpoints echo the caller's origin; 1800 s is the preflight lifetime of their web framework's default.
    private const string DomainPreflightMaxAge = "1800";

    private static readonly CorsPolicy Api = new("POST", EchoOrigin: false, ApiExposedHeaders, ApiPreflightMaxAge);
    private static readonly CorsPolicy WellKnown = new("GET", EchoOrigin: false, ApiExposedHeaders, ApiPreflightMaxAge);
    private static readonly CorsPolicy DomainPost = new("POST", EchoOrigin: true, ExposedHeaders: null, DomainPreflightMaxAge);
    private static readonly CorsPolicy DomainUserInfo = new("GET,POST", EchoOrigin: true, ExposedHeaders: null, DomainPreflightMaxAge);

    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var origin = request.Headers.Origin.ToString();
        if (origin.Length == 0 || PolicyFor(request.Path) is not { } policy)
        {
            return next(context);
        }

        var headers = context.Response.Headers;
        if (policy.EchoOrigin)
        {
            headers.Vary = "Origin";
        }

        headers.AccessControlAllowOrigin = policy.EchoOrigin ? origin : "*";
        if (HttpMethods.IsOptions(request.Method) && request.Headers.AccessControlRequestMethod.Count > 0)
        {
            headers.AccessControlAllowMethods = policy.Methods;
            if (request.Headers.AccessControlRequestHeaders.ToString() is { Length: > 0 } requested)
            {
                headers.AccessControlAllowHeaders = requested; // whatever the browser asks to send
            }

            AddExposedHeaders(headers, policy);
            headers.AccessControlMaxAge = policy.MaxAge;
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentLength = 0;
            return Task.CompletedTask;
        }

        AddExposedHeaders(headers, policy);
        return next(context);
    }

    private static void AddExposedHeaders(IHeaderDictionary headers, CorsPolicy policy)
    {
        if (policy.ExposedHeaders is not null)
        {
            headers.AccessControlExposeHeaders = policy.ExposedHeaders;
        }
    }

    /// <summary>The policy of a browser-callable route, or null; matched like routing (case-insensitive, whole segments).</summary>
    private static CorsPolicy? PolicyFor(PathString path)
    {
        var value = path.Value ?? "";
        if (value is "" or "/")
        {
            return Api;
        }

        var segments = value.Trim('/').Split('/');
        return segments switch
        {
            [var domainPrefix, _, var oauth2, var endpoint] when Is(domainPrefix, DomainUrls.Prefix.TrimStart('/')) && Is(oauth2, "oauth2") =>
                Is(endpoint, "token") || Is(endpoint, "revoke") ? DomainPost : Is(endpoint, "userInfo") ? DomainUserInfo : null,
            [_, var wellKnown, var document] when Is(wellKnown, ".well-known") && (Is(document, "jwks.json") || Is(document, "openid-configuration")) =>
                WellKnown,
            _ => null,
        };
    }

    private static bool Is(string segment, string name) => string.Equals(segment, name, StringComparison.OrdinalIgnoreCase);

    private sealed record CorsPolicy(string Methods, bool EchoOrigin, string? ExposedHeaders, string MaxAge);
}
