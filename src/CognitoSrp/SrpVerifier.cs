using System.Numerics;
using System.Security.Cryptography;

namespace CognitoSrp;

/// <summary>Password verifiers and salts as a Cognito server stores them.</summary>
public static class SrpVerifier
{
    private const int SaltLength = 16;

    /// <summary>v = g^x mod N with x = H(PAD(salt) | H(realm + identity + ":" + password)).</summary>
    /// <exception cref="ArgumentException">The salt is not a hex number.</exception>
    public static BigInteger Compute(string realm, string identity, string password, string saltHex)
    {
        ArgumentNullException.ThrowIfNull(realm);
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(password);
        var salt = SrpHex.ParseUnsigned(saltHex, nameof(saltHex));
        var x = SrpHashing.ComputeX(realm, identity, password, salt);
        return SrpGroup.PowG(x);
    }

    /// <summary>
    /// 16 random bytes as a salt in Cognito clients' padded form: lowercase hex, 0x00 prepended when the top bit
    /// is set, leading zero bytes dropped (as a number they are the same salt).
    /// </summary>
    public static string NewSaltHex(RandomNumberGenerator? random = null) =>
        SrpHex.ToPaddedHex(SrpHex.FromUnsignedBytes(SrpRandom.Bytes(random, SaltLength)));

    /// <summary>A verifier is g^x mod N, so anything outside [1, N) cannot be one (and 0 would accept every claim).</summary>
    internal static void EnsureInRange(BigInteger verifier, string parameterName)
    {
        if (verifier.Sign <= 0 || verifier >= SrpGroup.N)
        {
            throw new ArgumentOutOfRangeException(parameterName, "An SRP verifier must be between 1 and N - 1.");
        }
    }
}
