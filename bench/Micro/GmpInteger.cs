using System.Numerics;
using System.Runtime.InteropServices;

namespace Micro;

/// <summary>GMP's mpz_powm_sec (its side-channel-silent modpow) through libgmp.so.10, for comparison only.</summary>
internal sealed class GmpInteger : IDisposable
{
    private const string Library = "libgmp.so.10";

    // mpz_t: int alloc, int size, limb pointer; GMP only ever touches it through the pointer we pass.
    private readonly nint _value = Marshal.AllocHGlobal(16);

    public GmpInteger(BigInteger value)
    {
        __gmpz_init(_value);
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        __gmpz_import(_value, (nuint)bytes.Length, 1, 1, 1, 0, bytes);
    }

    /// <summary>result = value^exponent mod modulus (odd modulus, positive exponent).</summary>
    public static BigInteger PowSecure(GmpInteger value, GmpInteger exponent, GmpInteger modulus, GmpInteger result, int length)
    {
        __gmpz_powm_sec(result._value, value._value, exponent._value, modulus._value);
        var bytes = new byte[length];
        __gmpz_export(bytes, out var written, 1, 1, 1, 0, result._value);
        return new BigInteger(bytes.AsSpan(0, (int)written), isUnsigned: true, isBigEndian: true);
    }

    public void Dispose()
    {
        __gmpz_clear(_value);
        Marshal.FreeHGlobal(_value);
    }

    [DllImport(Library)]
    private static extern void __gmpz_init(nint value);

    [DllImport(Library)]
    private static extern void __gmpz_clear(nint value);

    [DllImport(Library)]
    private static extern void __gmpz_import(nint value, nuint count, int order, nuint size, int endian, nuint nails, byte[] source);

    [DllImport(Library)]
    private static extern nint __gmpz_export(byte[] target, out nuint count, int order, nuint size, int endian, nuint nails, nint value);

    [DllImport(Library)]
    private static extern void __gmpz_powm_sec(nint result, nint value, nint exponent, nint modulus);
}
