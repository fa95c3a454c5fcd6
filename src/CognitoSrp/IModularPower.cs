using System.Numerics;

namespace CognitoSrp;

/// <summary>value^exponent mod a fixed modulus, constant-time in the exponent (see the implementations).</summary>
internal interface IModularPower
{
    /// <summary>Which implementation this is (benchmarks and tests name it).</summary>
    string Name { get; }

    /// <summary>value (any integer, reduced first) to the exponent, 0 &lt;= exponent &lt; 2^exponentBits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A negative exponent, or one longer than exponentBits.</exception>
    BigInteger Pow(BigInteger value, BigInteger exponent, int exponentBits);
}
