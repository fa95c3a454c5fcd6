using System.Buffers.Binary;
using System.Numerics;

namespace CognitoSrp;

/// <summary>
/// Arithmetic modulo one odd modulus in Montgomery form, and modular exponentiation with a fixed 5-bit window:
/// the same squarings and multiplications, and a full scan of the window table, whatever the exponent's bits.
/// About 2-3x faster than <see cref="BigInteger.ModPow(BigInteger, BigInteger, BigInteger)"/> for SRP's
/// 3072-bit group, and constant-time in the exponent, which BigInteger.ModPow is not.
/// </summary>
internal sealed class MontgomeryField : IModularPower
{
    private const int Window = 5;
    private const int TableEntries = 1 << Window;
    private readonly ulong[] _modulus;
    private readonly ulong _inverse;
    private readonly ulong[] _rSquared;
    private readonly ulong[] _one;

    public MontgomeryField(BigInteger modulus)
    {
        if (modulus <= 1 || modulus.IsEven)
        {
            throw new ArgumentOutOfRangeException(nameof(modulus), "Montgomery arithmetic needs an odd modulus above 1.");
        }

        Modulus = modulus;
        Limbs = (int)((modulus.GetBitLength() + 63) / 64);
        _modulus = ToLimbs(modulus, Limbs);
        _inverse = NegativeInverse(_modulus[0]);
        _rSquared = ToLimbs((BigInteger.One << (128 * Limbs)) % modulus, Limbs);
        _one = ToLimbs((BigInteger.One << (64 * Limbs)) % modulus, Limbs);
    }

    public BigInteger Modulus { get; }

    public string Name => "managed Montgomery, 5-bit fixed window";

    /// <summary>Words per number.</summary>
    public int Limbs { get; }

    /// <summary>1 in Montgomery form (R mod modulus).</summary>
    public ReadOnlySpan<ulong> One => _one;

    /// <summary>result = left * right in Montgomery form; result may be either operand.</summary>
    public void Multiply(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right, Span<ulong> result) =>
        MontgomeryKernel.Multiply(left, right, _modulus, _inverse, result);

    /// <summary>Writes value mod modulus (any integer, negative too) in Montgomery form.</summary>
    public void ToMontgomery(BigInteger value, Span<ulong> result)
    {
        if (value.Sign < 0 || value >= Modulus)
        {
            // Only callers' out-of-range inputs take this path; SRP's secrets are already reduced.
            value = BigInteger.Remainder(value, Modulus);
            if (value.Sign < 0)
            {
                value += Modulus;
            }
        }

        WriteLimbs(value, result);
        Multiply(result, _rSquared, result);
    }

    /// <summary>The ordinary value (in [0, modulus)) of a number in Montgomery form.</summary>
    public BigInteger FromMontgomery(ReadOnlySpan<ulong> value)
    {
        Span<ulong> unit = stackalloc ulong[Limbs];
        unit.Clear();
        unit[0] = 1;
        Span<ulong> plain = stackalloc ulong[Limbs];
        Multiply(value, unit, plain);
        return FromLimbs(plain);
    }

    /// <summary>
    /// value^exponent mod modulus, running over exactly <paramref name="exponentBits"/> exponent bits so that the
    /// work does not depend on the exponent's value (pass the same bound for every secret of a kind).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative exponent, or one longer than exponentBits.</exception>
    public BigInteger Pow(BigInteger value, BigInteger exponent, int exponentBits)
    {
        var digits = ExponentDigits.Of(exponent, exponentBits, Window);
        var limbs = Limbs;
        Span<ulong> table = stackalloc ulong[TableEntries * limbs];
        _one.CopyTo(table[..limbs]);
        ToMontgomery(value, table.Slice(limbs, limbs));
        for (var entry = 2; entry < TableEntries; entry++)
        {
            Multiply(table.Slice((entry - 1) * limbs, limbs), table.Slice(limbs, limbs), table.Slice(entry * limbs, limbs));
        }

        Span<ulong> accumulator = stackalloc ulong[limbs];
        Span<ulong> selected = stackalloc ulong[limbs];
        _one.CopyTo(accumulator);
        for (var position = digits.Length - 1; position >= 0; position--)
        {
            // The top window starts from 1, so its squarings would be no-ops; skipping them depends on the
            // position only, never on the exponent.
            if (position != digits.Length - 1)
            {
                for (var square = 0; square < Window; square++)
                {
                    Multiply(accumulator, accumulator, accumulator);
                }
            }

            MontgomeryKernel.Select(table, digits[position], selected);
            Multiply(accumulator, selected, accumulator);
        }

        Array.Clear(digits);
        return FromMontgomery(accumulator);
    }

    internal static ulong[] ToLimbs(BigInteger value, int limbs)
    {
        var result = new ulong[limbs];
        WriteLimbs(value, result);
        return result;
    }

    internal static void WriteLimbs(BigInteger value, Span<ulong> result)
    {
        Span<byte> bytes = stackalloc byte[result.Length * 8];
        bytes.Clear();
        if (value.Sign < 0 || !value.TryWriteBytes(bytes, out _, isUnsigned: true, isBigEndian: false))
        {
            throw new ArgumentOutOfRangeException(nameof(value), "The value does not fit the modulus' limbs.");
        }

        for (var i = 0; i < result.Length; i++)
        {
            result[i] = BinaryPrimitives.ReadUInt64LittleEndian(bytes.Slice(i * 8, 8));
        }
    }

    internal static BigInteger FromLimbs(ReadOnlySpan<ulong> limbs)
    {
        Span<byte> bytes = stackalloc byte[limbs.Length * 8];
        for (var i = 0; i < limbs.Length; i++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(bytes.Slice(i * 8, 8), limbs[i]);
        }

        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    /// <summary>-odd^-1 mod 2^64 by Newton's iteration (each step doubles the correct low bits: 3, 6, ..., 96).</summary>
    private static ulong NegativeInverse(ulong odd)
    {
        var inverse = odd;
        for (var step = 0; step < 5; step++)
        {
            inverse *= 2 - odd * inverse;
        }

        return 0 - inverse;
    }
}
