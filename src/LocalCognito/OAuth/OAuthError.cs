using System.Text.Json.Nodes;

namespace LocalCognito.OAuth;

/// <summary>
/// An RFC 6749 error from /oauth2/token or /oauth2/revoke, answered as Cognito does: a JSON body {"error": "…"}.
/// Status 400, except invalid_client after HTTP Basic authentication: 401 with WWW-Authenticate (RFC 6749 §5.2).
/// </summary>
public sealed class OAuthError(string error, int status = StatusCodes.Status400BadRequest) : Exception(error)
{
    public string Error { get; } = error;
    public int Status { get; } = status;

    public static OAuthError InvalidRequest() => new("invalid_request");
    public static OAuthError InvalidGrant() => new("invalid_grant");
    public static OAuthError UnauthorizedClient() => new("unauthorized_client");
    public static OAuthError UnsupportedGrantType() => new("unsupported_grant_type");
    public static OAuthError InvalidScope() => new("invalid_scope");

    public static OAuthError InvalidClient(bool usedBasic) =>
        new("invalid_client", usedBasic ? StatusCodes.Status401Unauthorized : StatusCodes.Status400BadRequest);

    public IResult ToResult() => new ErrorResult(this);

    private sealed class ErrorResult(OAuthError error) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = error.Status;
            context.Response.Headers.CacheControl = "no-store";
            if (error.Status == StatusCodes.Status401Unauthorized)
            {
                context.Response.Headers.WWWAuthenticate = "Basic";
            }

            context.Response.ContentType = "application/json;charset=UTF-8";
            return context.Response.WriteAsync(new JsonObject { ["error"] = error.Error }.ToJsonString());
        }
    }
}
