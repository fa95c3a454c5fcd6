namespace LocalCognito.OAuth;

/// <summary>
/// What an authorization code stands for: one completed sign-in, bound to the client, the redirect_uri and the PKCE
/// challenge it was issued with. Codes live in memory only (they last 5 minutes).
/// </summary>
public sealed record AuthorizationCode(
    string UserPoolId,
    string ClientId,
    string RedirectUri,
    string Username,
    IReadOnlyList<string> Scopes,
    string? Nonce,
    string? CodeChallenge,
    DateTimeOffset AuthTime,
    DateTimeOffset ExpiresAt);
