namespace CognitoMfaScenario.Tokens;

/// <summary>Whether a token's signature was checked against the pool's published keys.</summary>
public enum SignatureStatus
{
    Valid,
    Invalid,
    NotChecked,
}

/// <summary>What a person wants to know about a token, without showing the token.</summary>
public sealed record TokenSummary(
    string TokenUse,
    string? Username,
    string? Subject,
    string? Email,
    IReadOnlyList<string> Scopes,
    string? ClientId,
    string? Issuer,
    string? KeyId,
    string? DeviceKey,
    DateTimeOffset? IssuedAt,
    DateTimeOffset? ExpiresAt,
    SignatureStatus Signature,
    string SignatureDetail);
