using System.Numerics;

namespace CognitoSrp;

/// <summary>
/// The group Cognito uses for SRP: the 3072-bit MODP prime of RFC 5054 (appendix A) with generator 2,
/// and the SRP-6a multiplier k derived from them.
/// </summary>
internal static class SrpGroup
{
    private const string PrimeHex =
        "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74" +
        "020BBEA63B139B22514A08798E3404DDEF9519B3CD3A431B302B0A6DF25F1437" +
        "4FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED" +
        "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE45B3DC2007CB8A163BF05" +
        "98DA48361C55D39A69163FA8FD24CF5F83655D23DCA3AD961C62F356208552BB" +
        "9ED529077096966D670C354E4ABC9804F1746C08CA18217C32905E462E36CE3B" +
        "E39E772C180E86039B2783A2EC07A28FB5C55DF06F4C52C9DE2BCBF695581718" +
        "3995497CEA956AE515D2261898FA051015728E5A8AAAC42DAD33170D04507A33" +
        "A85521ABDF1CBA64ECFB850458DBEF0A8AEA71575D060C7DB3970F85A6E1E4C7" +
        "ABF5AE8CDB0933D71E8C94E04A25619DCEE3D2261AD2EE6BF12FFA06D98A0864" +
        "D87602733EC86A64521F2B18177B200CBBE117577A615D6C770988C0BAD946E2" +
        "08E24FA074E5AB3143DB5BFCE0FD108E4B82D120A93AD2CAFFFFFFFFFFFFFFFF";

    /// <summary>The safe prime N.</summary>
    public static readonly BigInteger N = SrpHex.ParseUnsigned(PrimeHex, nameof(PrimeHex));

    /// <summary>The generator g.</summary>
    public static readonly BigInteger G = new(2);

    /// <summary>
    /// Bits of every secret exponent (a, b: 32 random bytes) and of x and u (SHA-256 outputs); exponentiations
    /// always run over this many bits so their timing does not depend on a secret's length.
    /// </summary>
    public const int ExponentBits = 256;

    /// <summary>Montgomery arithmetic modulo N in managed code (works everywhere).</summary>
    public static readonly MontgomeryField Field = new(N);

    /// <summary>OpenSSL's constant-time modpow modulo N where libcrypto is loadable (Linux), else null.</summary>
    public static readonly OpenSslModularPower? OpenSsl = OpenSslModularPower.TryCreate(N);

    /// <summary>The fastest constant-time modpow modulo N available here.</summary>
    public static readonly IModularPower Power = (IModularPower?)OpenSsl ?? Field;

    // Built on first use (a few milliseconds), not when a process that never does SRP starts.
    private static readonly Lazy<FixedBasePowers> GeneratorPowers = new(() => new FixedBasePowers(Field, G, ExponentBits));

    /// <summary>k = H(PAD(N) | PAD(g)), with Cognito's padding (N gets a leading zero byte, g does not).</summary>
    public static readonly BigInteger K = SrpHashing.HashToInteger(SrpHex.ToPaddedBytes(N), SrpHex.ToPaddedBytes(G));

    /// <summary>g^exponent mod N for 0 &lt;= exponent &lt; 2^<see cref="ExponentBits"/>.</summary>
    public static BigInteger PowG(BigInteger exponent) =>
        OpenSsl is null ? GeneratorPowers.Value.Pow(exponent) : OpenSsl.Pow(G, exponent, ExponentBits);

    /// <summary>g^exponent mod N from the managed precomputed table (the fallback without OpenSSL).</summary>
    public static BigInteger PowGManaged(BigInteger exponent) => GeneratorPowers.Value.Pow(exponent);

    /// <summary>value^exponent mod N, 0 &lt;= exponent &lt; 2^exponentBits, constant-time in the exponent.</summary>
    public static BigInteger Pow(BigInteger value, BigInteger exponent, int exponentBits) => Power.Pow(value, exponent, exponentBits);
}
