using LocalCognito.Protocol;

namespace LocalCognito;

/// <summary>
/// Facts about the running server that services need: its region and the base URL tokens name as issuer.
/// </summary>
/// <param name="publicUrl">--public-url: when set, the issuer's base whoever calls.</param>
/// <param name="requests">The request being served, whose URL is the issuer's base when no public URL is set.</param>
public sealed class ServerInfo(string region, Uri? publicUrl = null, IHttpContextAccessor? requests = null)
{
    public string Region { get; } = region;

    /// <summary>http://127.0.0.1:port/ once Kestrel is listening.</summary>
    public Uri Endpoint { get; set; } = new("http://127.0.0.1/");

    /// <summary>
    /// The URL clients know LocalCognito by, without a trailing slash: the public URL if configured, else the URL the
    /// current request was sent to, else (outside a request) <see cref="Endpoint"/>.
    /// </summary>
    public string BaseUrl
    {
        get
        {
            if (publicUrl is not null)
            {
                return publicUrl.GetLeftPart(UriPartial.Path).TrimEnd('/');
            }

            return (requests?.HttpContext is { } context ? CallerBaseUrl.Of(context.Request) : null) ?? Endpoint.ToString().TrimEnd('/');
        }
    }

    /// <summary>
    /// The token issuer for a pool: &lt;BaseUrl&gt;/&lt;poolId&gt;, the same path Cognito uses under
    /// https://cognito-idp.{region}.amazonaws.com. Tokens keep the issuer they were minted with; LocalCognito accepts
    /// its own tokens under any base (see TokenService.ValidateAccessToken).
    /// </summary>
    public string IssuerFor(string poolId) => BaseUrl + "/" + poolId;
}
