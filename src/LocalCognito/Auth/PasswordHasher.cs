using System.Security.Cryptography;
using System.Text;
using CognitoSrp;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// Turns a password into what is stored: an SRP salt + verifier (USER_SRP_AUTH needs them) and an
/// HMAC-SHA256 of the password under a random per-user salt for the password flows.
/// Trade-off: HMAC-SHA256 is deliberately fast (a slow KDF such as PBKDF2 would cap the sign-in benchmark);
/// it keeps plaintext off disk, but a stolen database of this local emulator could be brute-forced quickly.
/// The SRP verifier has the same property in real Cognito too.
/// </summary>
public static class PasswordHasher
{
    public static StoredPassword Create(string srpRealm, string srpIdentity, string password)
    {
        var hashSalt = RandomNumberGenerator.GetBytes(16);
        var srpSalt = SrpVerifier.NewSaltHex();
        var verifier = SrpVerifier.Compute(srpRealm, srpIdentity, password, srpSalt);
        return new StoredPassword(
            Convert.ToBase64String(hashSalt),
            Convert.ToBase64String(Hash(hashSalt, password)),
            srpSalt,
            verifier.ToString("x"));
    }

    public static bool Matches(StoredPassword stored, string password) =>
        CryptographicOperations.FixedTimeEquals(
            Hash(Convert.FromBase64String(stored.HashSaltBase64), password),
            Convert.FromBase64String(stored.HashBase64));

    private static byte[] Hash(byte[] salt, string password) => HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(password));
}
