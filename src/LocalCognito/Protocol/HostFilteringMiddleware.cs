namespace LocalCognito.Protocol;

/// <summary>Refuses requests whose Host header is not on the <see cref="HostAllowList"/>, before anything else runs.</summary>
public sealed class HostFilteringMiddleware(RequestDelegate next, HostAllowList allowList)
{
    public Task InvokeAsync(HttpContext context) =>
        allowList.Allows(context.Request.Host) ? next(context) : throw HostNotAllowed(context.Request.Host);

    // Cognito's own 403 error code, so SDKs show the message instead of an unknown error.
    private static CognitoException HostNotAllowed(HostString host) => new("ForbiddenException",
        $"LocalCognito does not answer requests for host '{host.Value}' (protection against DNS rebinding). Use localhost or 127.0.0.1, " +
        $"or start LocalCognito with --allowed-hosts {(host.HasValue ? host.Host : "NAME")} or --public-url.", 403);
}
