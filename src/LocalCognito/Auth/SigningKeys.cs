using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Store;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Auth;

/// <summary>
/// The RSA-2048 signing key of each pool, loaded once and cached; also renders the JWKS. RSA key generation takes
/// ~0.4 s (seconds on a small machine). With a data directory every pool gets its own key, generated with the pool and
/// stored with it. In memory (tests, embedded runs) pools store no key: they share one key per process, generated
/// when the first token is signed or the first JWKS is read (or earlier, in the background, after
/// <see cref="BeginProcessKeyGeneration"/>), so creating a pool, and so starting a server, never waits for RSA.
/// </summary>
public sealed class SigningKeys(bool persistent)
{
    /// <summary>What an in-memory pool stores as its key and key id: "use the process key".</summary>
    private const string ProcessKeyMarker = "";

    private static readonly Lazy<(string Pkcs8Base64, string KeyId)> ProcessKey = new(NewKey);

    // A per-process secret for in-memory pools' derivations (simulated users), so they need not wait for the key.
    private static readonly byte[] ProcessSecret = RandomNumberGenerator.GetBytes(32);

    private readonly ConcurrentDictionary<string, (RSA Rsa, SigningCredentials Credentials)> _loaded = new();

    /// <summary>Starts generating the in-memory pools' process-wide key in the background, if not done yet.</summary>
    public static void BeginProcessKeyGeneration()
    {
        if (!ProcessKey.IsValueCreated)
        {
            _ = Task.Run(() => ProcessKey.Value);
        }
    }

    /// <summary>
    /// The key for a new pool: PKCS#8 (base64) and a key id derived from the public modulus; in memory, the marker
    /// for the process key (created on first use).
    /// </summary>
    public (string Pkcs8Base64, string KeyId) ForNewPool() => persistent ? NewKey() : (ProcessKeyMarker, ProcessKeyMarker);

    /// <summary>The id of the key the pool signs with (the JWT header's kid).</summary>
    public string KeyIdOf(UserPool pool) => UsesProcessKey(pool) ? ProcessKey.Value.KeyId : pool.SigningKeyId;

    /// <summary>A secret only this server knows, stable for the pool's life, to derive per-pool values from.</summary>
    public byte[] SecretOf(UserPool pool) =>
        UsesProcessKey(pool) ? ProcessSecret : SHA256.HashData(Encoding.UTF8.GetBytes(pool.SigningKeyPkcs8));

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
                ["kid"] = KeyIdOf(pool),
                ["kty"] = "RSA",
                ["n"] = Ids.Base64Url(parameters.Modulus),
                ["use"] = "sig",
            }),
        };
    }

    private static bool UsesProcessKey(UserPool pool) => pool.SigningKeyPkcs8 == ProcessKeyMarker;

    private static (string Pkcs8Base64, string KeyId) NewKey()
    {
        using var rsa = RSA.Create(2048);
        var modulus = rsa.ExportParameters(false).Modulus!;
        return (Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()), Ids.Base64Url(SHA256.HashData(modulus)));
    }

    private (RSA Rsa, SigningCredentials Credentials) Load(UserPool pool) => _loaded.GetOrAdd(pool.Id, poolId =>
    {
        var (pkcs8, keyId) = UsesProcessKey(pool) ? ProcessKey.Value : (pool.SigningKeyPkcs8, pool.SigningKeyId);
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(pkcs8), out _);
        var key = new RsaSecurityKey(rsa) { KeyId = keyId };
        return (rsa, new SigningCredentials(key, SecurityAlgorithms.RsaSha256));
    });
}
