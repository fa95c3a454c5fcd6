using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Micro;

/// <summary>
/// RS256 signing of a Cognito-shaped access token with Microsoft.IdentityModel.JsonWebTokens and a 2048-bit key,
/// as LocalCognito's TokenService does twice (access + id token) for every completed sign-in; and validation.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class JwtBenchmarks
{
    private readonly JsonWebTokenHandler _handler = new();
    private RSA _rsa = null!;
    private SigningCredentials _credentials = null!;
    private TokenValidationParameters _validation = null!;
    private string _token = "";
    private byte[] _payload = [];
    private string _encodedHeader = "";

    [GlobalSetup]
    public void Setup()
    {
        _rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(_rsa) { KeyId = "bench-key" };
        _credentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256);
        _validation = new TokenValidationParameters
        {
            IssuerSigningKey = key,
            ValidIssuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyZ",
            ValidateAudience = false,
        };
        _token = Sign();
        _payload = System.Text.Encoding.UTF8.GetBytes(new JsonWebToken(_token).EncodedPayload);
        _encodedHeader = new JsonWebToken(_token).EncodedHeader;
    }

    [GlobalCleanup]
    public void Cleanup() => _rsa.Dispose();

    [Benchmark(Description = "JsonWebTokenHandler.CreateToken RS256 (access token)")]
    public string Sign()
    {
        var now = DateTime.UtcNow;
        return _handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyZ",
            IssuedAt = now,
            NotBefore = now,
            Expires = now.AddHours(1),
            SigningCredentials = _credentials,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = "6f1c7a52-2f5e-4c59-9b0e-0d8f5f0d7b11",
                ["token_use"] = "access",
                ["scope"] = "aws.cognito.signin.user.admin",
                ["auth_time"] = new DateTimeOffset(now).ToUnixTimeSeconds(),
                ["client_id"] = "4r2s8v0m1k3n5p7q9t1v3x5z7b",
                ["username"] = "bench-user",
                ["jti"] = "0d1f7f8e-8d8a-4b43-9e44-3c9f0b8c0e2a",
                ["origin_jti"] = "b1d7c9a4-1d9e-4a8b-8f5e-7e2c0c6d4f3a",
                ["event_id"] = "2c4e6a8b-0d2f-4a6c-8e0b-2d4f6a8c0e2b",
            },
        });
    }

    [Benchmark(Description = "JsonWebTokenHandler.CreateToken RS256 from a JSON string (what TokenService calls)")]
    public string SignJsonString() => _handler.CreateToken(
        "{\"sub\":\"6f1c7a52-2f5e-4c59-9b0e-0d8f5f0d7b11\",\"iss\":\"https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbC123xyZ\","
        + "\"client_id\":\"4r2s8v0m1k3n5p7q9t1v3x5z7b\",\"origin_jti\":\"b1d7c9a4-1d9e-4a8b-8f5e-7e2c0c6d4f3a\","
        + "\"event_id\":\"2c4e6a8b-0d2f-4a6c-8e0b-2d4f6a8c0e2b\",\"token_use\":\"access\",\"scope\":\"aws.cognito.signin.user.admin\","
        + "\"auth_time\":1764140000,\"exp\":1764143600,\"iat\":1764140000,\"jti\":\"0d1f7f8e-8d8a-4b43-9e44-3c9f0b8c0e2a\","
        + "\"username\":\"bench-user\"}", _credentials);

    [Benchmark(Description = "Hand-built JWT: cached header + base64url payload + RSA.SignData (PKCS#1 SHA-256)")]
    public string SignByHand()
    {
        var signingInput = _encodedHeader + "." + Base64UrlEncoder.Encode(_payload);
        var signature = _rsa.SignData(System.Text.Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    [Benchmark(Description = "RSA.SignData alone (RSA-2048, PKCS#1 v1.5, SHA-256): the floor")]
    public byte[] RsaSignOnly() => _rsa.SignData(_payload, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);

    [Benchmark(Description = "RSA-2048 key generation (a new pool's signing key)")]
    public int GenerateKey()
    {
        using var rsa = RSA.Create(2048);
        return rsa.ExportParameters(false).Modulus!.Length;
    }

    [Benchmark(Description = "JsonWebTokenHandler.ValidateTokenAsync RS256")]
    public async Task<bool> Validate() => (await _handler.ValidateTokenAsync(_token, _validation)).IsValid;
}
