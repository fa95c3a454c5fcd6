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
    /// <summary>True when the calls reach Amazon Cognito.</summary>
    public bool IsAws => Kind == TargetKind.Aws;

    /// <summary>The region encoded in the pool id (the part before '_'), or null for an unusual id.</summary>
    public string? PoolRegion => PoolRegionOf(PoolId);

    /// <summary>Where the pool publishes the keys its tokens are signed with.</summary>
    public Uri JwksUri => Endpoint is null
        ? new Uri($"https://cognito-idp.{PoolRegion ?? Region}.amazonaws.com/{PoolId}/.well-known/jwks.json")
        : new Uri(WithTrailingSlash(Endpoint), $"{PoolId}/.well-known/jwks.json");

    /// <summary>The token issuers this pool may use (AWS form, and the endpoint form for local servers).</summary>
    public IReadOnlyList<string> ValidIssuers
    {
        get
        {
            var issuers = new List<string> { $"https://cognito-idp.{PoolRegion ?? Region}.amazonaws.com/{PoolId}" };
            if (Endpoint is not null)
            {
                issuers.Add(new Uri(WithTrailingSlash(Endpoint), PoolId).ToString());
            }

            return issuers;
        }
    }

    /// <summary>The region part of a pool id ("us-east-1_AbC" gives "us-east-1").</summary>
    public static string? PoolRegionOf(string? poolId)
    {
        var underscore = poolId?.IndexOf('_', StringComparison.Ordinal) ?? -1;
        return underscore > 0 ? poolId![..underscore] : null;
    }

    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
