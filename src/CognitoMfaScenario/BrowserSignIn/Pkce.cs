using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>
/// Proof Key for Code Exchange (RFC 7636) with S256: the app keeps a random verifier and sends only its SHA-256 hash
/// with the authorize request, so a code caught on its way to the loopback redirect is useless without the verifier.
/// </summary>
/// <param name="Verifier">43 characters of base64url (32 random bytes); sent only to the token endpoint.</param>
/// <param name="Challenge">base64url(SHA-256(verifier)); sent in the authorize URL.</param>
public sealed record Pkce(string Verifier, string Challenge)
{
    public const string Method = "S256";

    public static Pkce Create(RandomNumberGenerator random)
    {
        var verifier = RandomText(random, 32);
        return new Pkce(verifier, ChallengeOf(verifier));
    }

    /// <summary>The S256 challenge of a verifier.</summary>
    public static string ChallengeOf(string verifier) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>Random bytes as base64url text without padding (also used for state and nonce).</summary>
    public static string RandomText(RandomNumberGenerator random, int bytes)
    {
        var buffer = new byte[bytes];
        random.GetBytes(buffer);
        return Base64Url.EncodeToString(buffer);
    }
}
