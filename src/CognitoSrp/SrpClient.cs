using System.Numerics;
using System.Security.Cryptography;

namespace CognitoSrp;

/// <summary>
/// The client side of one SRP exchange (USER_SRP_AUTH or DEVICE_SRP_AUTH): sends <see cref="SrpAHex"/> as SRP_A,
/// then answers the server's challenge with <see cref="ComputeClaimSignature"/> as PASSWORD_CLAIM_SIGNATURE.
/// </summary>
public sealed class SrpClient
{
    private readonly BigInteger _a;
    private readonly BigInteger _publicA;

    /// <summary>Picks the secret a and computes A = g^a mod N.</summary>
    /// <param name="random">Source of a; the system generator when null.</param>
    public SrpClient(RandomNumberGenerator? random = null)
    {
        (_a, _publicA) = SrpRandom.PickSecret(random, SrpGroup.PowG);
        SrpAHex = SrpHex.ToPaddedHex(_publicA);
    }

    /// <summary>A as hex, the SRP_A parameter.</summary>
    public string SrpAHex { get; }

    /// <summary>
    /// Computes PASSWORD_CLAIM_SIGNATURE (base64) for the server's SRP_B, SALT and SECRET_BLOCK.
    /// </summary>
    /// <param name="realm">The user pool name (the pool id after '_') for users, the DeviceGroupKey for devices.</param>
    /// <param name="identity">USER_ID_FOR_SRP for users, the DeviceKey for devices.</param>
    /// <param name="password">The user's password or the device password.</param>
    /// <param name="saltHex">The SALT challenge parameter.</param>
    /// <param name="srpBHex">The SRP_B challenge parameter.</param>
    /// <param name="secretBlockBase64">The SECRET_BLOCK challenge parameter.</param>
    /// <param name="timestamp">The TIMESTAMP sent with the answer, see <see cref="SrpTimestamp"/>.</param>
    /// <exception cref="ArgumentException">Malformed hex or base64, or an illegal B (B mod N = 0, or u = 0).</exception>
    public string ComputeClaimSignature(string realm, string identity, string password, string saltHex,
        string srpBHex, string secretBlockBase64, string timestamp)
    {
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(timestamp);
        var salt = SrpHex.ParseUnsigned(saltHex, nameof(saltHex));
        var publicB = SrpHex.ParseUnsigned(srpBHex, nameof(srpBHex));
        var secretBlock = SrpBase64.Decode(secretBlockBase64, nameof(secretBlockBase64));

        // Without these checks a malicious server could force a known shared secret.
        if ((publicB % SrpGroup.N).IsZero)
        {
            throw new ArgumentException("Illegal SRP_B from the server: B mod N is 0.", nameof(srpBHex));
        }

        var u = SrpHashing.ComputeU(_publicA, publicB);
        if (u.IsZero)
        {
            throw new ArgumentException("Illegal SRP_B from the server: u = H(A | B) is 0.", nameof(srpBHex));
        }

        // S = (B - k * g^x) ^ (a + u * x) mod N, with the base brought into [0, N) first.
        var x = SrpHashing.ComputeX(realm, identity, password, salt);
        var verifier = SrpGroup.PowG(x);
        var difference = (publicB - SrpGroup.K * verifier) % SrpGroup.N;
        if (difference.Sign < 0)
        {
            difference += SrpGroup.N;
        }

        // a, u and x are below 2^256, so a + u * x is below 2^512.
        var sharedSecret = SrpGroup.Pow(difference, _a + u * x, 2 * SrpGroup.ExponentBits);
        var key = SrpSessionKey.Derive(sharedSecret, u);
        return Convert.ToBase64String(SrpClaim.Sign(key, realm, identity, secretBlock, timestamp));
    }
}
