using System.Numerics;
using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using CognitoSrp;
using BouncyInteger = Org.BouncyCastle.Math.BigInteger;

namespace Micro;

/// <summary>
/// One 3072-bit modular exponentiation with a 256-bit secret exponent (SRP's b, x, a) by each implementation
/// at hand: BigInteger.ModPow (what CognitoSrp used), CognitoSrp's Montgomery code (general and fixed-base g),
/// OpenSSL's (what CognitoSrp uses on Linux) and GMP's constant-time modpows (P/Invoke) and BouncyCastle's managed one.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
public class ModPowBenchmarks
{
    private BigInteger _value;
    private BigInteger _exponent;
    private GmpInteger _gmpValue = null!;
    private GmpInteger _gmpExponent = null!;
    private GmpInteger _gmpModulus = null!;
    private GmpInteger _gmpResult = null!;
    private BouncyInteger _bouncyValue = null!;
    private BouncyInteger _bouncyExponent = null!;
    private BouncyInteger _bouncyModulus = null!;

    [GlobalSetup]
    public void Setup()
    {
        _value = new BigInteger(RandomNumberGenerator.GetBytes(400), isUnsigned: true) % SrpGroup.N;
        _exponent = new BigInteger(RandomNumberGenerator.GetBytes(32), isUnsigned: true);
        _gmpValue = new GmpInteger(_value);
        _gmpExponent = new GmpInteger(_exponent);
        _gmpModulus = new GmpInteger(SrpGroup.N);
        _gmpResult = new GmpInteger(0);
        _bouncyValue = new BouncyInteger(1, _value.ToByteArray(isUnsigned: true, isBigEndian: true));
        _bouncyExponent = new BouncyInteger(1, _exponent.ToByteArray(isUnsigned: true, isBigEndian: true));
        _bouncyModulus = new BouncyInteger(1, SrpGroup.N.ToByteArray(isUnsigned: true, isBigEndian: true));
        var expected = BigInteger.ModPow(_value, _exponent, SrpGroup.N);
        if (expected != Montgomery() || expected != OpenSsl() || expected != Gmp() || expected != Bouncy()
            || BigInteger.ModPow(SrpGroup.G, _exponent, SrpGroup.N) != MontgomeryFixedBaseG()
            || BigInteger.ModPow(SrpGroup.G, _exponent, SrpGroup.N) != OpenSslG())
        {
            throw new InvalidOperationException("The implementations disagree.");
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _gmpValue.Dispose();
        _gmpExponent.Dispose();
        _gmpModulus.Dispose();
        _gmpResult.Dispose();
    }

    [Benchmark(Baseline = true, Description = "BigInteger.ModPow (v^b)")]
    public BigInteger ModPow() => BigInteger.ModPow(_value, _exponent, SrpGroup.N);

    [Benchmark(Description = "BigInteger.ModPow (g^b)")]
    public BigInteger ModPowG() => BigInteger.ModPow(SrpGroup.G, _exponent, SrpGroup.N);

    [Benchmark(Description = "CognitoSrp Montgomery, 5-bit fixed window, constant-time (v^b)")]
    public BigInteger Montgomery() => SrpGroup.Field.Pow(_value, _exponent, SrpGroup.ExponentBits);

    [Benchmark(Description = "CognitoSrp managed fixed-base table for g, constant-time (g^b)")]
    public BigInteger MontgomeryFixedBaseG() => SrpGroup.PowGManaged(_exponent);

    [Benchmark(Description = "OpenSSL 3 BN_mod_exp_mont_consttime via P/Invoke, conversions included (v^b)")]
    public BigInteger OpenSsl() => SrpGroup.OpenSsl!.Pow(_value, _exponent, SrpGroup.ExponentBits);

    [Benchmark(Description = "OpenSSL 3 BN_mod_exp_mont_consttime via P/Invoke (g^b)")]
    public BigInteger OpenSslG() => SrpGroup.OpenSsl!.Pow(SrpGroup.G, _exponent, SrpGroup.ExponentBits);

    [Benchmark(Description = "GMP 6.2 mpz_powm_sec (v^b)")]
    public BigInteger Gmp() => GmpInteger.PowSecure(_gmpValue, _gmpExponent, _gmpModulus, _gmpResult, 384);

    [Benchmark(Description = "BouncyCastle 2.7 BigInteger.ModPow (v^b)")]
    public BigInteger Bouncy() => new(_bouncyValue.ModPow(_bouncyExponent, _bouncyModulus).ToByteArrayUnsigned(), isUnsigned: true, isBigEndian: true);
}
