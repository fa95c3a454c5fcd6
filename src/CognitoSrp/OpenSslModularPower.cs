using System.Numerics;
using System.Runtime.InteropServices;

namespace CognitoSrp;

/// <summary>
/// Modular exponentiation by OpenSSL's BN_mod_exp_mont_consttime (fixed window, constant-time table gather,
/// hand-written mulx/adx assembly), from the libcrypto .NET itself loads on Linux. About 3-4x faster than
/// <see cref="MontgomeryField"/> for the 3072-bit group; <see cref="TryCreate"/> returns null where the library or
/// the function is missing (Windows, macOS), and SRP then uses the managed code.
/// </summary>
internal sealed class OpenSslModularPower : IModularPower, IDisposable
{
    private const string Library = "libcrypto.so.3";
    private readonly nint _modulus;
    private readonly nint _montgomery;
    private readonly int _length;

    private OpenSslModularPower(BigInteger modulus, nint modulusNumber, nint montgomery)
    {
        Modulus = modulus;
        _modulus = modulusNumber;
        _montgomery = montgomery;
        _length = (int)((modulus.GetBitLength() + 7) / 8);
    }

    public BigInteger Modulus { get; }

    public string Name => "OpenSSL BN_mod_exp_mont_consttime";

    /// <summary>The OpenSSL implementation for an odd modulus, or null when libcrypto cannot be used here.</summary>
    public static OpenSslModularPower? TryCreate(BigInteger modulus)
    {
        if (!OperatingSystem.IsLinux() || modulus <= 1 || modulus.IsEven)
        {
            return null;
        }

        try
        {
            var modulusNumber = ToNumber(modulus);
            var montgomery = BN_MONT_CTX_new();
            var context = BN_CTX_new();
            try
            {
                if (modulusNumber == 0 || montgomery == 0 || context == 0 || BN_MONT_CTX_set(montgomery, modulusNumber, context) != 1)
                {
                    BN_free(modulusNumber);
                    BN_MONT_CTX_free(montgomery);
                    return null;
                }
            }
            finally
            {
                BN_CTX_free(context);
            }

            return new OpenSslModularPower(modulus, modulusNumber, montgomery);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// value^exponent mod the modulus. OpenSSL's running time follows the exponent's length in 64-bit words, not
    /// its bits; a 256-bit random secret is shorter by a whole word with probability 2^-64.
    /// </summary>
    public BigInteger Pow(BigInteger value, BigInteger exponent, int exponentBits)
    {
        if (exponent.Sign < 0 || exponent.GetBitLength() > exponentBits)
        {
            throw new ArgumentOutOfRangeException(nameof(exponent), $"The exponent must be between 0 and 2^{exponentBits} - 1.");
        }

        value = BigInteger.Remainder(value, Modulus);
        if (value.Sign < 0)
        {
            value += Modulus;
        }

        var context = BN_CTX_new();
        var baseNumber = ToNumber(value);
        var exponentNumber = ToNumber(exponent);
        var result = BN_new();
        try
        {
            if (context == 0 || baseNumber == 0 || exponentNumber == 0 || result == 0
                || BN_mod_exp_mont_consttime(result, baseNumber, exponentNumber, _modulus, context, _montgomery) != 1)
            {
                throw new InvalidOperationException("OpenSSL's BN_mod_exp_mont_consttime failed.");
            }

            var bytes = new byte[_length];
            if (BN_bn2binpad(result, bytes, bytes.Length) != bytes.Length)
            {
                throw new InvalidOperationException("OpenSSL's BN_bn2binpad failed.");
            }

            return new BigInteger(bytes, isUnsigned: true, isBigEndian: true);
        }
        finally
        {
            // The exponent and the base may be secrets: wipe before freeing.
            BN_clear_free(result);
            BN_clear_free(exponentNumber);
            BN_clear_free(baseNumber);
            BN_CTX_free(context);
        }
    }

    public void Dispose()
    {
        BN_free(_modulus);
        BN_MONT_CTX_free(_montgomery);
    }

    private static nint ToNumber(BigInteger value)
    {
        var bytes = value.ToByteArray(isUnsigned: true, isBigEndian: true);
        try
        {
            return BN_bin2bn(bytes, bytes.Length, 0);
        }
        finally
        {
            Array.Clear(bytes);
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code for no gain with these blittable signatures.
    [DllImport(Library)]
    private static extern nint BN_CTX_new();

    [DllImport(Library)]
    private static extern void BN_CTX_free(nint context);

    [DllImport(Library)]
    private static extern nint BN_new();

    [DllImport(Library)]
    private static extern void BN_free(nint number);

    [DllImport(Library)]
    private static extern void BN_clear_free(nint number);

    [DllImport(Library)]
    private static extern nint BN_bin2bn(byte[] bytes, int length, nint reuse);

    [DllImport(Library)]
    private static extern int BN_bn2binpad(nint number, byte[] target, int length);

    [DllImport(Library)]
    private static extern nint BN_MONT_CTX_new();

    [DllImport(Library)]
    private static extern void BN_MONT_CTX_free(nint montgomery);

    [DllImport(Library)]
    private static extern int BN_MONT_CTX_set(nint montgomery, nint modulus, nint context);

    [DllImport(Library)]
    private static extern int BN_mod_exp_mont_consttime(nint result, nint value, nint exponent, nint modulus, nint context,
        nint montgomery);
#pragma warning restore SYSLIB1054
}
