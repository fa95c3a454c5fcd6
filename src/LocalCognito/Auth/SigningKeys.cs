using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using LocalCognito.Store;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Auth;

/// <summary>
/// The RSA-2048 signing key of each pool (stored with the pool), loaded once and cached; also renders the JWKS.
/// RSA key generation takes seconds on a small machine, so in-memory servers (tests, embedded runs) give all
/// their pools one key generated once per process; with a data directory every pool gets its own, persisted key.
/// </summary>
public sealed class SigningKeys(bool persistent)
{
    private static readonly Lazy<(string, string)> ProcessKey = new(NewKey);
    private readonly ConcurrentDictionary<string, (RSA Rsa, SigningCredentials Credentials)> _loaded = new();

    /// <summary>Starts generating the in-memory servers' process-wide key in the background, if not done yet.</summary>
    public static void BeginProcessKeyGeneration()
    {
        if (!ProcessKey.IsValueCreated)
        {
            _ = Task.Run(() => ProcessKey.Value);
        }
    }

    /// <summary>The key for a new pool: PKCS#8 (base64) and a key id derived from the public modulus.</summary>
    public (string Pkcs8Base64, string KeyId) ForNewPool() => persistent ? NewKey() : ProcessKey.Value;

    private static (string Pkcs8Base64, string KeyId) NewKey()
    {
        using var rsa = RSA.Create(2048);
        var modulus = rsa.ExportParameters(false).Modulus!;
        return (Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()), Ids.Base64Url(SHA256.HashData(modulus)));
    }

    public RSA RsaFor(UserPool pool) => Load(pool).Rsa;

    public SigningCredentials CredentialsFor(UserPool pool) => Load(pool).Credentials;

    public void Forget(string poolId) => _loaded.TryRemove(poolId, out _);

    public JsonObject Jwks(UserPool pool)
    {
        var parameters = RsaFor(pool).ExportParameters(false);
        return new JsonObject
        {
            ["keys"] = new JsonArray(new JsonObject
            {
                ["alg"] = "RS256",
                ["e"] = Ids.Base64Url(parameters.Exponent),
                ["kid"] = pool.SigningKeyId,
                ["kty"] = "RSA",
                ["n"] = Ids.Base64Url(parameters.Modulus),
                ["use"] = "sig",
            }),
        };
    }

    private (RSA Rsa, SigningCredentials Credentials) Load(UserPool pool) => _loaded.GetOrAdd(pool.Id, poolId =>
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(pool.SigningKeyPkcs8), out _);
        var key = new RsaSecurityKey(rsa) { KeyId = pool.SigningKeyId };
        return (rsa, new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    });
}
