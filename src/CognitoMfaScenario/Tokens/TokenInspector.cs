using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoMfaScenario.Tokens;

/// <summary>
/// Reads Cognito tokens and checks their signatures against the pool's JWKS with an
/// independent JWT library (Microsoft.IdentityModel), so a wrong key or a tampered token shows.
/// </summary>
public sealed class TokenInspector(IWellKnownDocuments documents)
{
    /// <summary>Summarises the tokens; the JWKS is fetched once for all of them.</summary>
    /// <param name="trust">The issuer the tokens must name and where the pool's keys are (<see cref="IssuerDiscovery"/>).</param>
    /// <param name="tokens">Raw JWTs (access token, id token); null or empty ones are skipped.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    public async Task<IReadOnlyList<TokenSummary>> InspectAsync(TokenTrust trust, IEnumerable<string?> tokens, CancellationToken cancellationToken)
    {
        var keys = await LoadKeysAsync(trust, cancellationToken).ConfigureAwait(false);
        var summaries = new List<TokenSummary>();
        foreach (var token in tokens)
        {
            if (!string.IsNullOrEmpty(token))
            {
                summaries.Add(await SummariseAsync(token, trust, keys, cancellationToken).ConfigureAwait(false));
            }
        }

        return summaries;
    }

    private async Task<(IList<SecurityKey>? Keys, string? Problem)> LoadKeysAsync(TokenTrust trust, CancellationToken cancellationToken)
    {
        try
        {
            var json = await documents.GetAsync(trust.JwksUri, cancellationToken).ConfigureAwait(false);
            return (new JsonWebKeySet(json).GetSigningKeys(), null);
        }
        catch (Exception exception) when (exception is HttpRequestException or ArgumentException or JsonException
                                          or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (null, $"could not load {trust.JwksUri}: {exception.Message}");
        }
    }

    private static async Task<TokenSummary> SummariseAsync(string token, TokenTrust trust, (IList<SecurityKey>? Keys, string? Problem) keys, CancellationToken cancellationToken)
    {
        JsonWebToken jwt;
        try
        {
            jwt = new JsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return new TokenSummary("unreadable", null, null, null, [], null, null, null, null, null, null,
                SignatureStatus.Invalid, "not a JWT");
        }

        var (status, detail) = await CheckSignatureAsync(token, jwt, trust, keys, cancellationToken).ConfigureAwait(false);
        var tokenUse = Claim(jwt, "token_use") ?? "unknown";
        return new TokenSummary(
            TokenUse: tokenUse,
            Username: Claim(jwt, "username") ?? Claim(jwt, "cognito:username"),
            Subject: Claim(jwt, "sub"),
            Email: Claim(jwt, "email"),
            Scopes: (Claim(jwt, "scope") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries),
            ClientId: Claim(jwt, "client_id") ?? jwt.Audiences.FirstOrDefault(),
            Issuer: jwt.Issuer,
            KeyId: jwt.Kid,
            DeviceKey: Claim(jwt, "device_key"),
            IssuedAt: EpochClaim(jwt, "iat"),
            ExpiresAt: EpochClaim(jwt, "exp"),
            Signature: status,
            SignatureDetail: detail);
    }

    private static async Task<(SignatureStatus, string)> CheckSignatureAsync(string token, JsonWebToken jwt, TokenTrust trust, (IList<SecurityKey>? Keys, string? Problem) keys, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (keys.Keys is null)
        {
            return (SignatureStatus.NotChecked, keys.Problem ?? "no keys");
        }

        var parameters = new TokenValidationParameters
        {
            IssuerSigningKeys = keys.Keys,
            ValidIssuers = trust.Issuers,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ValidateAudience = false, // access tokens carry client_id instead of aud
            ValidateLifetime = false, // expiry is shown against the injected clock instead
        };
        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, parameters).ConfigureAwait(false);
        return result.IsValid
            ? (SignatureStatus.Valid, $"RS256, key {Shorten(jwt.Kid)}")
            : (SignatureStatus.Invalid, result.Exception?.GetType().Name switch
            {
                nameof(SecurityTokenInvalidIssuerException) => $"unexpected issuer {jwt.Issuer} (expected {string.Join(" or ", trust.Issuers)})",
                nameof(SecurityTokenSignatureKeyNotFoundException) => $"key {jwt.Kid} is not in the pool's JWKS",
                _ => "signature does not match the pool's keys",
            });
    }

    private static string Shorten(string? keyId) =>
        keyId is { Length: > 12 } ? keyId[..12] + "…" : keyId ?? "-";

    private static string? Claim(JsonWebToken jwt, string type) =>
        jwt.TryGetPayloadValue<object>(type, out var value) ? value?.ToString() : null;

    private static DateTimeOffset? EpochClaim(JsonWebToken jwt, string type) =>
        jwt.TryGetPayloadValue<long>(type, out var seconds) ? DateTimeOffset.FromUnixTimeSeconds(seconds) : null;
}
