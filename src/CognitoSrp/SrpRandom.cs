using System.Numerics;
using System.Security.Cryptography;

namespace CognitoSrp;

/// <summary>Random bytes and secret exponents from an injected generator, or the system one when none is given.</summary>
internal static class SrpRandom
{
    // 256-bit secret exponents: NIST SP 800-56A asks for at least twice the security strength, and the 3072-bit
    // group gives 128 bits. (amazon-cognito-identity-js draws 1024 bits; that is 4x slower with BigInteger.ModPow
    // and buys nothing, since the exponent never leaves this side.)
    private const int ExponentLength = SrpGroup.ExponentBits / 8;

    public static byte[] Bytes(RandomNumberGenerator? random, int count)
    {
        var bytes = new byte[count];
        if (random is null)
        {
            RandomNumberGenerator.Fill(bytes);
        }
        else
        {
            random.GetBytes(bytes);
        }

        return bytes;
    }

    /// <summary>
    /// Picks a secret exponent from fresh random bytes (read big-endian) and derives its public value,
    /// drawing again in the (practically impossible) case that the public value is 0 mod N.
    /// </summary>
    /// <exception cref="InvalidOperationException">The generator keeps producing unusable values (a broken generator).</exception>
    public static (BigInteger Secret, BigInteger Public) PickSecret(RandomNumberGenerator? random, Func<BigInteger, BigInteger> toPublic)
    {
        // The bound only stops a broken (e.g. all-zero) injected generator from looping forever.
        const int Attempts = 8;
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var secret = SrpHex.FromUnsignedBytes(Bytes(random, ExponentLength));
            if (secret.IsZero)
            {
                continue;
            }

            var publicValue = toPublic(secret);
            if (!(publicValue % SrpGroup.N).IsZero)
            {
                return (secret, publicValue);
            }
        }

        throw new InvalidOperationException("The random number generator did not produce a usable SRP secret.");
    }
}
