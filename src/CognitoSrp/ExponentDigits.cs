using System.Numerics;

namespace CognitoSrp;

/// <summary>Splits an exponent into fixed-width digits, least significant first, over a fixed number of bits.</summary>
internal static class ExponentDigits
{
    /// <summary>
    /// The window-bit digits of exponent over exactly exponentBits bits (ceil(exponentBits / window) digits), so the
    /// digit count tells nothing about the exponent's own length.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative exponent, or one longer than exponentBits.</exception>
    public static int[] Of(BigInteger exponent, int exponentBits, int window)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(exponentBits);
        // A digit is read from two bytes, so it may be at most 9 bits wide; 8 keeps it simple.
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(window);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(window, 8);
        if (exponent.Sign < 0 || exponent.GetBitLength() > exponentBits)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), $"The exponent must be between 0 and 2^{exponentBits} - 1.");
        }

        var count = (exponentBits + window - 1) / window;
        // Two spare bytes so a digit straddling the last byte reads zeros, not past the end.
        Span<byte> bytes = stackalloc byte[(count * window + 7) / 8 + 2];
        bytes.Clear();
        exponent.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false);
        var digits = new int[count];
        var mask = (1 << window) - 1;
        for (var digit = 0; digit < count; digit++)
        {
            var bit = digit * window;
            var pair = bytes[bit / 8] | (bytes[bit / 8 + 1] << 8);
            digits[digit] = (pair >> (bit % 8)) & mask;
        }

        bytes.Clear();
        return digits;
    }
}
