using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>A signing key with its JWKS, issuing Cognito-shaped tokens for tests.</summary>
public sealed class TestTokens
{
    // One key for the whole test run: generating 2048-bit RSA keys takes seconds on small machines.
    private static readonly RSA SharedKey = RSA.Create(2048);
    private readonly RSA _rsa = SharedKey;

    public const string KeyId = "test-key-1";

    public string JwksJson
    {
        get
        {
            var parameters = _rsa.ExportParameters(false);
            var key = new Dictionary<string, string>
            {
                ["kty"] = "RSA",
                ["alg"] = "RS256",
                ["use"] = "sig",
                ["kid"] = KeyId,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            };
            return JsonSerializer.Serialize(new { keys = new[] { key } });
        }
    }

    /// <summary>An access token as Cognito issues it.</summary>
    public string AccessToken(string issuer, string username, string clientId, DateTimeOffset issuedAt, string? deviceKey = null, string? jti = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["token_use"] = "access",
            ["jti"] = jti ?? Guid.NewGuid().ToString(),
            ["username"] = username,
            ["sub"] = "11111111-2222-3333-4444-555555555555",
            ["client_id"] = clientId,
            ["scope"] = "aws.cognito.signin.user.admin",
        };
        if (deviceKey is not null)
        {
            claims["device_key"] = deviceKey;
        }

        return Create(issuer, claims, issuedAt);
    }

    /// <summary>An id token as Cognito issues it; from the authorize endpoint it carries the request's nonce.</summary>
    public string IdToken(string issuer, string username, string clientId, DateTimeOffset issuedAt, string? nonce = null)
    {
        var claims = new Dictionary<string, object>
        {
            ["token_use"] = "id",
            ["cognito:username"] = username,
            ["sub"] = "11111111-2222-3333-4444-555555555555",
            ["aud"] = clientId,
            ["email"] = username + "@example.com",
        };
        if (nonce is not null)
        {
            claims["nonce"] = nonce;
        }

        return Create(issuer, claims, issuedAt);
    }

    private string Create(string issuer, Dictionary<string, object> claims, DateTimeOffset issuedAt) =>
        new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Claims = claims,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = issuedAt.AddHours(1).UtcDateTime,
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(_rsa) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });

}
