namespace LocalCognito.Store;

/// <summary>
/// One sign-in's refresh token (stored by its SHA-256, never in clear). Its OriginJti is put in every access
/// token of that sign-in, so revoking the grant (GlobalSignOut) or removing it (DeleteUser) ends those access tokens too.
/// </summary>
public sealed class RefreshGrant
{
    public required string TokenHash { get; set; }
    public required string OriginJti { get; set; }
    public required string UserPoolId { get; set; }
    public required string ClientId { get; set; }
    public required string UsernameKey { get; set; }
    public string? DeviceKey { get; set; }
    public DateTimeOffset AuthTime { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    /// <summary>Set by GlobalSignOut; the grant is kept until it expires so the refresh token gets "has been revoked".</summary>
    public bool Revoked { get; set; }
    /// <summary>Set when refresh-token rotation replaced this token; it then works only for the client's grace period.</summary>
    public DateTimeOffset? SupersededAt { get; set; }
    /// <summary>The OAuth scopes granted at /oauth2/authorize; null for a sign-in through the API (scope aws.cognito.signin.user.admin).</summary>
    public List<string>? Scopes { get; set; }
}
