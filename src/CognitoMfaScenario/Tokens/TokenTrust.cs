namespace CognitoMfaScenario.Tokens;

/// <summary>What a token must match to be trusted: an issuer it may name, and the keys it must be signed with.</summary>
/// <param name="Issuers">The accepted iss values (one, unless it had to be guessed).</param>
/// <param name="JwksUri">Where the pool's signing keys are published.</param>
/// <param name="Source">Where the issuer comes from, in words, for the line under the token table.</param>
public sealed record TokenTrust(IReadOnlyList<string> Issuers, Uri JwksUri, string Source);
