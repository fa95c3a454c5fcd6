using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Store;
using Microsoft.IdentityModel.Tokens;

namespace LocalCognito.Auth;

/// <summary>
/// The RSA-2048 signing key of each pool, loaded once and cached; also renders the JWKS. Every pool has its own key,
/// so one pool's tokens never verify against another pool's JWKS. RSA key generation takes ~0.25 s (seconds on a
/// small machine). With a data directory the key is generated with the pool and stored with it. In memory (tests,
/// embedded runs) the pool stores no key: its key is generated when its first token is signed or its JWKS first read
/// (or earlier, in the background, after <see cref="BeginKeyGeneration"/>), so creating a pool, and so starting a
/// server, never waits for RSA.
/// </summary>
public sealed class SigningKeys(bool persistent)
{
    /// <summary>What an in-memory pool stores as its key and key id: "generated in memory on first use".</summary>
    private const string InMemoryKeyMarker = "";

    // A secret of this server's, from which in-memory pools' derivations (simulated users) are keyed, so they need
    // not wait for the RSA key.
    private readonly byte[] _inMemorySecret = RandomNumberGenerator.GetBytes(32);

    private readonly ConcurrentDictionary<string, Lazy<LoadedKey>> _loaded = new();

    /// <summary>
    /// The key for a new pool: PKCS#8 (base64) and a key id derived from the public modulus; in memory, the marker
    /// for a key generated on first use.
    /// </summary>
    public (string Pkcs8Base64, string KeyId) ForNewPool() => persistent ? NewKey() : (InMemoryKeyMarker, InMemoryKeyMarker);

    /// <summary>Starts loading (in memory: generating) the pool's key in the background, so its first token does not wait.</summary>
    public void BeginKeyGeneration(UserPool pool) => _ = Task.Run(() => Load(pool));

    /// <summary>The id of the key the pool signs with (the JWT header's kid).</summary>
    public string KeyIdOf(UserPool pool) => UsesInMemoryKey(pool) ? Load(pool).KeyId : pool.SigningKeyId;

    /// <summary>The pool's key id if the pool has signed (or could have signed) anything yet; null otherwise.</summary>
    public string? ExistingKeyIdOf(UserPool pool)
    {
        if (!UsesInMemoryKey(pool))
        {
            return pool.SigningKeyId;
        }

        return _loaded.TryGetValue(pool.Id, out var key) && key.IsValueCreated ? key.Value.KeyId : null;
    }

    /// <summary>A secret only this server knows, stable for the pool's life and different for every pool, to derive per-pool values from.</summary>
    public byte[] SecretOf(UserPool pool) => UsesInMemoryKey(pool)
        ? HMACSHA256.HashData(_inMemorySecret, Encoding.UTF8.GetBytes(pool.Id))
        : SHA256.HashData(Encoding.UTF8.GetBytes(pool.SigningKeyPkcs8));

    public RSA RsaFor(UserPool pool) => Load(pool).Rsa;

    public SigningCredentials CredentialsFor(UserPool pool) => Load(pool).Credentials;

    /// <summary>The pool was deleted: its key goes with it (an in-memory key is never needed again).</summary>
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

    private static bool UsesInMemoryKey(UserPool pool) => pool.SigningKeyPkcs8 == InMemoryKeyMarker;

    private static (string Pkcs8Base64, string KeyId) NewKey()
    {
        using var rsa = RSA.Create(2048);
        return (Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()), KeyIdFor(rsa));
    }

    private static string KeyIdFor(RSA rsa) => Ids.Base64Url(SHA256.HashData(rsa.ExportParameters(false).Modulus!));

    // Lazy: concurrent first uses of a pool (a token and a JWKS read) share one generation.
    private LoadedKey Load(UserPool pool) =>
        _loaded.GetOrAdd(pool.Id, _ => new Lazy<LoadedKey>(() => UsesInMemoryKey(pool) ? Generate() : Import(pool))).Value;

    private static LoadedKey Generate()
    {
        var rsa = RSA.Create(2048);
        return LoadedKey.Of(rsa, KeyIdFor(rsa));
    }

    private static LoadedKey Import(UserPool pool)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(pool.SigningKeyPkcs8), out _);
        return LoadedKey.Of(rsa, pool.SigningKeyId);
    }

    private sealed record LoadedKey(RSA Rsa, SigningCredentials Credentials, string KeyId)
    {
        public static LoadedKey Of(RSA rsa, string keyId) =>
            new(rsa, new SigningCredentials(new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256), keyId);
    }
}
