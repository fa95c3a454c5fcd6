namespace CognitoMfaScenario.Configuration;

/// <summary>The user pool and app client the scenario works with, and how to reach them.</summary>
/// <param name="Kind">Embedded LocalCognito, another endpoint, or AWS.</param>
/// <param name="PoolId">User pool id, e.g. us-east-1_AbC123xyZ.</param>
/// <param name="ClientId">App client id.</param>
/// <param name="ClientSecret">App client secret when the client has one (SECRET_HASH is then sent).</param>
/// <param name="Region">Signing region; for AWS the pool's region.</param>
/// <param name="Endpoint">Service URL for local endpoints; null for AWS.</param>
/// <param name="HasOutbox">Whether the endpoint serves LocalCognito's /_local/outbox (the local "email").</param>
public sealed record ScenarioTarget(
    TargetKind Kind,
    string PoolId,
    string ClientId,
    string? ClientSecret,
    string Region,
    Uri? Endpoint,
    bool HasOutbox)
{
    /// <summary>
    /// Base URL of the pool's domain (managed login, /oauth2/*) when configured or deployed by cdk/; the browser sign-in
    /// prefers the discovery document's endpoints and uses this only when the document has none.
    /// </summary>
    public Uri? DomainBaseUrl { get; init; }

    /// <summary>The redirect URI the browser sign-in listens on, when configured or deployed by cdk/; else <see cref="DefaultCallbackUrl"/>.</summary>
    public Uri? CallbackUrl { get; init; }

    /// <summary>The callback URL of the default pool (default-user-pool.json) and of the client cdk/ deploys.</summary>
    public const string DefaultCallbackUrl = "http://localhost:8765/callback";

    /// <summary>True when the calls reach Amazon Cognito.</summary>
    public bool IsAws => Kind == TargetKind.Aws;

    /// <summary>The region encoded in the pool id (the part before '_'), or null for an unusual id.</summary>
    public string? PoolRegion => PoolRegionOf(PoolId);

    /// <summary>
    /// The issuer Amazon Cognito puts in this pool's tokens: https://cognito-idp.&lt;region&gt;.amazonaws.com/&lt;poolId&gt;.
    /// </summary>
    public string AwsIssuer => $"https://cognito-idp.{PoolRegion ?? Region}.amazonaws.com/{PoolId}";

    /// <summary>Where the pool publishes the keys its tokens are signed with, as its address is formed on AWS or at the endpoint.</summary>
    public Uri JwksUri => Endpoint is null
        ? new Uri(AwsIssuer + "/.well-known/jwks.json")
        : new Uri(WithTrailingSlash(Endpoint), $"{PoolId}/.well-known/jwks.json");

    /// <summary>The endpoint's OpenID discovery document for the pool (issuer and jwks_uri); null on AWS.</summary>
    public Uri? DiscoveryUri => Endpoint is null
        ? null
        : new Uri(WithTrailingSlash(Endpoint), $"{PoolId}/.well-known/openid-configuration");

    /// <summary>
    /// The issuers a token may name when nobody said which: Cognito's, and on an endpoint also the endpoint's own
    /// address followed by the pool id (what LocalCognito uses when called directly).
    /// </summary>
    public IReadOnlyList<string> AssumedIssuers =>
        Endpoint is null ? [AwsIssuer] : [AwsIssuer, new Uri(WithTrailingSlash(Endpoint), PoolId).ToString()];

    /// <summary>The region part of a pool id ("us-east-1_AbC" gives "us-east-1").</summary>
    public static string? PoolRegionOf(string? poolId)
    {
        var underscore = poolId?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        return underscore > 0 ? poolId![..underscore] : null;
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
