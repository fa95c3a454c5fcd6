using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace CognitoSrp;

/// <summary>
/// Montgomery multiplication on little-endian 64-bit limbs, and the constant-time helpers exponentiation needs.
/// Nothing here branches on or indexes memory by the values it works on: carries come from comparisons the JIT
/// turns into flag instructions, and the final subtraction and the table look-up are done with masks. That is what
/// lets the secret exponents b, x and a of SRP go through it without leaking through timing.
/// </summary>
internal static class MontgomeryKernel
{
    /// <summary>
    /// result = left * right / R mod modulus (R = 2^(64 * limbs)), for left, right &lt; modulus; result may be left or
    /// right. <paramref name="inverse"/> is -modulus^-1 mod 2^64. Interleaved (CIOS) form: one pass per limb of right.
    /// </summary>
    public static void Multiply(ReadOnlySpan<ulong> left, ReadOnlySpan<ulong> right, ReadOnlySpan<ulong> modulus,
        ulong inverse, Span<ulong> result)
    {
        var limbs = modulus.Length;
        if (left.Length != limbs || right.Length != limbs || result.Length != limbs)
        {
            throw new ArgumentException("Operands must have as many limbs as the modulus.");
        }

        // limbs + 1: the running value stays below 2 * modulus, one bit above the modulus' limbs.
        Span<ulong> accumulator = stackalloc ulong[limbs + 1];
        accumulator.Clear();
        ref var a = ref MemoryMarshal.GetReference(left);
        ref var n = ref MemoryMarshal.GetReference(modulus);
        ref var t = ref MemoryMarshal.GetReference(accumulator);
        for (var i = 0; i < limbs; i++)
        {
            var digit = right[i];
            var productCarry = MultiplyAdd(a, digit, t, 0, out var low);
            var factor = low * inverse;
            var reductionCarry = MultiplyAdd(factor, n, low, 0, out _);
            for (var j = 1; j < limbs; j++)
            {
                productCarry = MultiplyAdd(Unsafe.Add(ref a, j), digit, Unsafe.Add(ref t, j), productCarry, out low);
                reductionCarry = MultiplyAdd(factor, Unsafe.Add(ref n, j), low, reductionCarry, out Unsafe.Add(ref t, j - 1));
            }

            var top = Unsafe.Add(ref t, limbs);
            var sum = top + productCarry;
            var overflow = Carry(sum, productCarry);
            var total = sum + reductionCarry;
            overflow += Carry(total, reductionCarry);
            Unsafe.Add(ref t, limbs - 1) = total;
            Unsafe.Add(ref t, limbs) = overflow;
        }

        SubtractModulusIfNotBelow(accumulator, modulus, result);
    }

    /// <summary>
    /// Copies table entry <paramref name="index"/> (entries of <paramref name="result"/>'s length, back to back)
    /// into result, reading every entry so the memory access pattern does not depend on the index.
    /// </summary>
    public static void Select(ReadOnlySpan<ulong> table, int index, Span<ulong> result)
    {
        var width = result.Length;
        var entries = table.Length / width;
        result.Clear();
        ref var target = ref MemoryMarshal.GetReference(result);
        ref var source = ref MemoryMarshal.GetReference(table);
        for (var entry = 0; entry < entries; entry++)
        {
            // All ones when entry == index, else zero, without a comparison branch.
            var mask = 0UL - (((ulong)(uint)(entry ^ index) - 1) >> 63);
            ref var row = ref Unsafe.Add(ref source, entry * width);
            for (var j = 0; j < width; j++)
            {
                Unsafe.Add(ref target, j) |= Unsafe.Add(ref row, j) & mask;
            }
        }
    }

    /// <summary>hi:lo = x * y + addend + carry (cannot overflow 128 bits); returns hi.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong MultiplyAdd(ulong x, ulong y, ulong addend, ulong carry, out ulong low)
    {
        var high = Math.BigMul(x, y, out low);
        low += addend;
        high += Carry(low, addend);
        low += carry;
        high += Carry(low, carry);
        return high;
    }

    /// <summary>1 when sum = a + addend wrapped around, else 0 (compiles to a compare and setb, no jump).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Carry(ulong sum, ulong addend) => sum < addend ? 1UL : 0UL;

    /// <summary>
    /// result = value - modulus when value (limbs + 1 words, below 2 * modulus) is at least modulus, else value;
    /// both are computed and one is picked with a mask.
    /// </summary>
    private static void SubtractModulusIfNotBelow(ReadOnlySpan<ulong> value, ReadOnlySpan<ulong> modulus, Span<ulong> result)
    {
        var limbs = modulus.Length;
        Span<ulong> difference = stackalloc ulong[limbs];
        ulong borrow = 0;
        for (var j = 0; j < limbs; j++)
        {
            var minuend = value[j];
            var step = minuend - modulus[j];
            var outBorrow = minuend < modulus[j] ? 1UL : 0UL;
            difference[j] = step - borrow;
            outBorrow |= step < borrow ? 1UL : 0UL;
            borrow = outBorrow;
        }

        // Keep the difference when the top word is set or nothing was borrowed, i.e. value >= modulus.
        var keepDifference = 0UL - (value[limbs] | (borrow ^ 1));
        for (var j = 0; j < limbs; j++)
        {
            result[j] = (difference[j] & keepDifference) | (value[j] & ~keepDifference);
        }
    }
}
