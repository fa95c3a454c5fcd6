using System.Numerics;
using System.Security.Cryptography;

namespace CognitoSrp;

/// <summary>
/// The server side of one SRP exchange (LocalCognito): sends <see cref="SrpBHex"/> as SRP_B and checks the
/// client's PASSWORD_CLAIM_SIGNATURE with <see cref="VerifyClaim"/>.
/// </summary>
public sealed class SrpServer
{
    private readonly BigInteger _verifier;
    private readonly BigInteger _b;
    private readonly BigInteger _publicB;

    /// <summary>Picks the secret b and computes B = (k * v + g^b) mod N.</summary>
    /// <param name="verifier">The stored verifier v = g^x mod N of the user or device.</param>
    /// <param name="random">Source of b; the system generator when null.</param>
    /// <exception cref="ArgumentException">The verifier is not in [1, N).</exception>
    public SrpServer(BigInteger verifier, RandomNumberGenerator? random = null)
    {
        SrpVerifier.EnsureInRange(verifier, nameof(verifier));
        _verifier = verifier;
        (_b, _publicB) = SrpRandom.PickSecret(random,
            b => (SrpGroup.K * verifier + SrpGroup.PowG(b)) % SrpGroup.N);
        SrpBHex = SrpHex.ToPaddedHex(_publicB);
    }

    /// <summary>B as hex, the SRP_B challenge parameter.</summary>
    public string SrpBHex { get; }

    /// <summary>
    /// Checks the client's claim. Returns false for a wrong password, or for a claim the client made with another
    /// salt, secret block, timestamp, realm or identity than the ones passed here.
    /// </summary>
    /// <param name="saltHex">The SALT sent in the challenge; it is already part of the verifier, so only its form is checked.</param>
    /// <exception cref="ArgumentException">An illegal A (A mod N = 0) or malformed hex/base64.</exception>
    public bool VerifyClaim(string srpAHex, string realm, string identity, string saltHex,
        string secretBlockBase64, string timestamp, string claimSignatureBase64)
    {
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(timestamp);
        var publicA = SrpHex.ParseUnsigned(srpAHex, nameof(srpAHex));
        SrpHex.ParseUnsigned(saltHex, nameof(saltHex));
        var secretBlock = SrpBase64.Decode(secretBlockBase64, nameof(secretBlockBase64));
        var claimedSignature = SrpBase64.Decode(claimSignatureBase64, nameof(claimSignatureBase64));

        // SRP-6a: the server must abort on A mod N = 0, otherwise the shared secret is 0 whatever the password.
        if ((publicA % SrpGroup.N).IsZero)
        {
            throw new ArgumentException("Illegal SRP_A: A mod N is 0.", nameof(srpAHex));
        }

        var u = SrpHashing.ComputeU(publicA, _publicB);
        if (u.IsZero)
        {
            // Cannot happen with an honest client (it would need a SHA-256 preimage); never accept it.
            return false;
        }

        // S = (A * v^u) ^ b mod N: two powers over 256-bit exponents, the secret b's constant-time.
        var verifierPower = SrpGroup.Pow(_verifier, u, SrpGroup.ExponentBits);
        var sharedSecret = SrpGroup.Pow(publicA * verifierPower % SrpGroup.N, _b, SrpGroup.ExponentBits);
        var key = SrpSessionKey.Derive(sharedSecret, u);
        var expectedSignature = SrpClaim.Sign(key, realm, identity, secretBlock, timestamp);
        return CryptographicOperations.FixedTimeEquals(expectedSignature, claimedSignature);
    }
}
