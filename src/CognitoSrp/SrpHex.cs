using System.Numerics;

namespace CognitoSrp;

/// <summary>
/// Conversions between <see cref="BigInteger"/> (little-endian, signed) and the big-endian unsigned hex and
/// bytes SRP uses on the wire, including Cognito's padding convention.
/// </summary>
internal static class SrpHex
{
    // Generous bound for a number on the wire: a 3072-bit value is 768 hex digits.
    private const int MaxHexLength = 4096;

    /// <summary>
    /// Parses hex digits (either case, any length, leading zeros allowed) as a non-negative big-endian number.
    /// </summary>
    /// <exception cref="ArgumentException">The text is empty, too long, or contains a non-hex character.</exception>
    public static BigInteger ParseUnsigned(string hex, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(hex, parameterName);
        if (hex.Length == 0)
        {
            throw new ArgumentException("Expected a hex number but the value is empty.", parameterName);
        }

        if (hex.Length > MaxHexLength)
        {
            throw new ArgumentException($"Expected a hex number of at most {MaxHexLength} digits but got {hex.Length}.", parameterName);
        }

        foreach (var c in hex)
        {
            if (!char.IsAsciiHexDigit(c))
            {
                throw new ArgumentException("Expected a hex number but the value contains a character that is not a hex digit.", parameterName);
            }
        }

        // JavaScript clients send numbers like SRP_A without padding, so an odd digit count is legal.
        var evenHex = hex.Length % 2 == 0 ? hex : "0" + hex;
        return FromUnsignedBytes(Convert.FromHexString(evenHex));
    }

    /// <summary>Interprets big-endian bytes as a non-negative number.</summary>
    public static BigInteger FromUnsignedBytes(ReadOnlySpan<byte> bigEndian) =>
        new(bigEndian, isUnsigned: true, isBigEndian: true);

    /// <summary>
    /// Cognito's "padHex" as bytes: the shortest big-endian two's-complement encoding of a non-negative number,
    /// i.e. its unsigned bytes with a leading 0x00 when the top bit of the first byte is set (zero is one 0x00 byte).
    /// Every hash input in Cognito's SRP uses this form.
    /// </summary>
    public static byte[] ToPaddedBytes(BigInteger value)
    {
        if (value.Sign < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "SRP values are never negative.");
        }

        // For a non-negative value the signed big-endian encoding is exactly that convention.
        return value.ToByteArray(isUnsigned: false, isBigEndian: true);
    }

    /// <summary>Cognito's "padHex": <see cref="ToPaddedBytes"/> as lowercase hex (always an even number of digits).</summary>
    public static string ToPaddedHex(BigInteger value) => Convert.ToHexStringLower(ToPaddedBytes(value));
}
