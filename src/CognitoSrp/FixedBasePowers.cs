using System.Numerics;

namespace CognitoSrp;

/// <summary>
/// base^exponent for one fixed base (SRP's generator g) from a precomputed table: entry (i, d) holds
/// base^(d * 16^i), so an exponent of up to <see cref="ExponentBits"/> bits costs one table scan and one
/// multiplication per 4-bit digit (64 for 256 bits) and no squarings, against ~300 multiplications for a general
/// power. Every digit, zero or not, reads a whole row and multiplies, so the work does not depend on the exponent.
/// </summary>
internal sealed class FixedBasePowers
{
    private const int Window = 4;
    private const int RowEntries = 1 << Window;
    private readonly MontgomeryField _field;
    private readonly ulong[] _table;
    private readonly int _rows;

    /// <summary>Builds the table: rows * (Window squarings + 14 multiplications), a few milliseconds for 3072 bits.</summary>
    public FixedBasePowers(MontgomeryField field, BigInteger value, int exponentBits)
    {
        _field = field;
        ExponentBits = exponentBits;
        _rows = (exponentBits + Window - 1) / Window;
        var limbs = field.Limbs;
        var rowWidth = RowEntries * limbs;
        _table = new ulong[_rows * rowWidth];
        Span<ulong> rowBase = stackalloc ulong[limbs];
        field.ToMontgomery(value, rowBase);
        for (var row = 0; row < _rows; row++)
        {
            var entries = _table.AsSpan(row * rowWidth, rowWidth);
            field.One.CopyTo(entries[..limbs]);
            rowBase.CopyTo(entries.Slice(limbs, limbs));
            for (var digit = 2; digit < RowEntries; digit++)
            {
                field.Multiply(entries.Slice((digit - 1) * limbs, limbs), rowBase, entries.Slice(digit * limbs, limbs));
            }

            // The next row's base is this one's raised to 2^Window.
            for (var square = 0; square < Window; square++)
            {
                field.Multiply(rowBase, rowBase, rowBase);
            }
        }
    }

    /// <summary>The longest exponent the table covers.</summary>
    public int ExponentBits { get; }

    /// <summary>base^exponent mod the field's modulus, for 0 &lt;= exponent &lt; 2^ExponentBits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative exponent or one longer than ExponentBits.</exception>
    public BigInteger Pow(BigInteger exponent)
    {
        var digits = ExponentDigits.Of(exponent, ExponentBits, Window);
        var limbs = _field.Limbs;
        var rowWidth = RowEntries * limbs;
        Span<ulong> accumulator = stackalloc ulong[limbs];
        Span<ulong> selected = stackalloc ulong[limbs];
        _field.One.CopyTo(accumulator);
        for (var row = 0; row < _rows; row++)
        {
            MontgomeryKernel.Select(_table.AsSpan(row * rowWidth, rowWidth), digits[row], selected);
            _field.Multiply(accumulator, selected, accumulator);
        }

        Array.Clear(digits);
        return _field.FromMontgomery(accumulator);
    }
}
