namespace LocalCognito.Protocol;

/// <summary>Refuses requests whose Host header is not on the <see cref="HostAllowList"/>, before anything else runs.</summary>
public sealed class HostFilteringMiddleware(RequestDelegate next, HostAllowList allowList)
{
    public Task InvokeAsync(HttpContext context)
    {
        // Reading Request.Host decodes punycode and throws on labels such as "xn--"; nothing after this reads it unchecked.
        if (!TryReadHost(context.Request, out var host))
        {
            throw Errors.InvalidParameter(
                $"The Host header '{context.Request.Headers.Host}' is not a valid host name. Use localhost or 127.0.0.1.");
        }

        return allowList.Allows(host) ? next(context) : throw HostNotAllowed(host);
    }

    private static bool TryReadHost(HttpRequest request, out HostString host)
    {
        try
        {
            host = request.Host;
            return true;
        }
        catch (ArgumentException)
        {
            host = default;
            return false;
        }
    }

    // Cognito's own 403 error code, so SDKs show the message instead of an unknown error.
    private static CognitoException HostNotAllowed(HostString host) => new("ForbiddenException",
        $"LocalCognito does not answer requests for host '{host.Value}' (protection against DNS rebinding). Use localhost or 127.0.0.1, " +
        $"or start LocalCognito with --allowed-hosts {(host.HasValue ? host.Host : "NAME")} or --public-url.", 403);
}
