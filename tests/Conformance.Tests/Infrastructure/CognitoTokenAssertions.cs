using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Checks what lib/cognito-tokens.mjs observed after jose verified an access and an id token against the
/// pool's JWKS: the claims Cognito puts in each token, and that a tampered token is refused.
/// </summary>
public static class CognitoTokenAssertions
{
    private const int TokenLifetimeSeconds = 3600;

    public static void AssertVerifiedTokens(JsonObject? verification, string poolId, string clientId, TestUser user)
    {
        Assert.NotNull(verification);
        var context = $"{Environment.NewLine}jose verification report: {verification.ToJsonString()}";

        var issuer = Text(verification, "discovery", "issuer");
        Assert.True(issuer?.EndsWith($"/{poolId}", StringComparison.Ordinal) == true, $"The discovery issuer must end with /{poolId}.{context}");

        var jwksUri = Text(verification, "discovery", "jwks_uri");
        Assert.True(jwksUri?.EndsWith($"/{poolId}/.well-known/jwks.json", StringComparison.Ordinal) == true,
            $"The discovery document must point jwks_uri at the pool's JWKS.{context}");

        var access = Claims(verification, "access");
        var id = Claims(verification, "id");
        foreach (var token in new[] { "access", "id" })
        {
            Assert.True(Text(verification, token, "header", "alg") == "RS256", $"{token} token must be RS256.{context}");
            Assert.False(string.IsNullOrEmpty(Text(verification, token, "header", "kid")), $"{token} token must carry a kid.{context}");
            Assert.True(verification[token]?["lifetimeSeconds"]?.GetValue<long>() == TokenLifetimeSeconds, $"{token} token: exp - iat must be {TokenLifetimeSeconds}.{context}");
            var names = verification[token]?["claimNames"]?.AsArray().Select(n => n?.GetValue<string>()).ToHashSet() ?? [];
            foreach (var claim in new[] { "sub", "iss", "auth_time", "iat", "exp", "jti", "origin_jti", "event_id", "token_use" })
            {
                Assert.True(names.Contains(claim), $"{token} token lacks the {claim} claim.{context}");
            }
        }

        Assert.True(access["token_use"]?.GetValue<string>() == "access", $"access token: token_use must be access.{context}");
        Assert.True(access["client_id"]?.GetValue<string>() == clientId, $"access token: client_id must be {clientId}.{context}");
        Assert.True(access["username"]?.GetValue<string>() == user.Username, $"access token: username must be {user.Username}.{context}");
        var scopes = access["scope"]?.GetValue<string>()?.Split(' ') ?? [];
        Assert.True(scopes.Contains("aws.cognito.signin.user.admin"), $"access token: scope must include aws.cognito.signin.user.admin.{context}");
        Assert.True(access["aud"] is null, $"access token: Cognito access tokens carry client_id, not aud.{context}");

        Assert.True(id["token_use"]?.GetValue<string>() == "id", $"id token: token_use must be id.{context}");
        Assert.True(id["aud"]?.GetValue<string>() == clientId, $"id token: aud must be {clientId}.{context}");
        Assert.True(id["cognito:username"]?.GetValue<string>() == user.Username, $"id token: cognito:username must be {user.Username}.{context}");
        Assert.True(id["email"]?.GetValue<string>() == user.Email, $"id token: email must be {user.Email}.{context}");
        Assert.True(id["email_verified"] is JsonValue verified && verified.TryGetValue<bool>(out var isVerified) && isVerified,
            $"id token: email_verified must be the boolean true (email is auto-verified on confirmation).{context}");

        Assert.True(access["sub"]?.GetValue<string>() == id["sub"]?.GetValue<string>(), $"access and id token must name the same sub.{context}");
        Assert.True(access["iss"]?.GetValue<string>() == issuer && id["iss"]?.GetValue<string>() == issuer, $"iss must equal the discovery issuer.{context}");

        Assert.True(verification["tamperedAccessToken"]?["rejected"]?.GetValue<bool>() == true, $"A token with a changed payload must fail verification.{context}");
        Assert.True(Text(verification, "tamperedAccessToken", "code") == "ERR_JWS_SIGNATURE_VERIFICATION_FAILED",
            $"A token with a changed payload must fail on its signature.{context}");
        Assert.True(verification["accessTokenAsIdToken"]?["rejected"]?.GetValue<bool>() == true,
            $"An access token must not pass as an id token for the client (it has no aud).{context}");
    }

    /// <summary>The access token's verified claims, for flow-specific checks (e.g. device_key).</summary>
    public static JsonObject AccessClaims(JsonObject verification) => Claims(verification, "access");

    private static JsonObject Claims(JsonObject verification, string token) =>
        verification[token]?["claims"] as JsonObject ?? throw new Xunit.Sdk.XunitException($"No verified {token} token claims in {verification.ToJsonString()}");

    private static string? Text(JsonNode node, params string[] path)
    {
        JsonNode? current = node;
        foreach (var step in path)
        {
            current = current?[step];
        }

        return current is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
    }
}
