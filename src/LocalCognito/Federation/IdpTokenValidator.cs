using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Federation;

/// <summary>
/// Checks the id token an external OIDC provider returned: signed by a key of its JWKS, issued by its oidc_issuer,
/// for LocalCognito's client_id, not expired, and carrying the nonce LocalCognito sent. Answers the token's claims.
/// </summary>
public sealed class IdpTokenValidator(OidcProviderHttp http, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    public async Task<JsonObject> ValidateAsync(JsonObject details, string idToken, string expectedNonce)
    {
        var keys = new JsonWebKeySet((await http.GetJsonAsync(details["jwks_uri"]!.ToString(), bearer: null)).ToJsonString());
        var result = await _handler.ValidateTokenAsync(idToken, new TokenValidationParameters
        {
            ValidIssuer = details["oidc_issuer"]!.ToString(),
            ValidAudience = details["client_id"]!.ToString(),
            IssuerSigningKeys = keys.GetSigningKeys(),
            LifetimeValidator = (notBefore, expires, _, _) => expires is null || expires > time.GetUtcNow().UtcDateTime,
        });
        if (!result.IsValid)
        {
            throw new OidcProviderException($"The identity provider's id token is not valid: {result.Exception?.GetType().Name ?? "rejected"}.");
        }

        var token = (JsonWebToken)result.SecurityToken;
        var claims = JsonNode.Parse(Base64UrlEncoder.Decode(token.EncodedPayload)) as JsonObject
            ?? throw new OidcProviderException("The identity provider's id token has no claims.");
        if (claims["nonce"]?.ToString() != expectedNonce)
        {
            throw new OidcProviderException("The identity provider's id token does not carry the nonce LocalCognito sent.");
        }

        if (string.IsNullOrEmpty(claims["sub"]?.ToString()))
        {
            throw new OidcProviderException("The identity provider's id token has no sub.");
        }

        return claims;
    }
}
