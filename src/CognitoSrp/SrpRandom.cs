using System.Numerics;
using System.Security.Cryptography;

namespace CognitoSrp;

/// <summary>Random bytes and secret exponents from an injected generator, or the system one when none is given.</summary>
internal static class SrpRandom
{
    // 128 bytes, as Cognito clients use for a: far more than the ~256 bits of security the group offers.
    private const int ExponentLength = 128;

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
