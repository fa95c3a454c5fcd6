using System.Security.Cryptography;
using System.Text;
using CognitoSrp;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// A stand-in for a user who does not exist, so USER_SRP_AUTH on a client that prevents user-existence errors
/// answers PASSWORD_VERIFIER as for a real user and fails only at the answer. Its salt and verifier derive from
/// a secret of the pool's (see <see cref="SigningKeys.SecretOf"/>) and the name, so repeated attempts show the same SALT,
/// like a real user's. It is never stored.
/// </summary>
public static class SimulatedSrpUser
{
    private const int SaltLength = 16;

    public static User For(UserPool pool, byte[] poolSecret, string username)
    {
        var key = poolSecret;
        var usernameKey = pool.UsernameKey(username);
        var saltHex = PaddedHex(Derive(key, "salt", usernameKey)[..SaltLength]);
        var password = Convert.ToHexStringLower(Derive(key, "password", usernameKey));
        var verifier = SrpVerifier.Compute(pool.SrpRealm, username, password, saltHex);
        return new User
        {
            UserPoolId = pool.Id,
            Username = username,
            Sub = "",
            Password = new StoredPassword("", "", saltHex, verifier.ToString("x")),
        };
    }

    private static byte[] Derive(byte[] key, string purpose, string usernameKey) =>
        HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(purpose + ":" + usernameKey));

    /// <summary>The salt as Cognito writes one: lowercase hex, no leading zero bytes, 00 in front when the top bit is set.</summary>
    private static string PaddedHex(ReadOnlySpan<byte> bytes)
    {
        var start = 0;
        while (start < bytes.Length - 1 && bytes[start] == 0)
        {
            start++;
        }

        var hex = Convert.ToHexStringLower(bytes[start..]);
        return bytes[start] >= 0x80 ? "00" + hex : hex;
    }
}
