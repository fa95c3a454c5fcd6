using System.Numerics;
using CognitoSrp.Tests.Support;

namespace CognitoSrp.Tests;

/// <summary>
/// The modular exponentiations that replaced BigInteger.ModPow (managed Montgomery code, its fixed-base table for g,
/// and OpenSSL's BN_mod_exp_mont_consttime), cross-checked against it: random values, the SRP group's N and other
/// odd moduli of awkward sizes, and the edge cases (0, 1, N - 1, exponents 0 and 1, inputs at or above N, negative).
/// </summary>
public sealed class ModularPowerTests
{
    private static readonly BigInteger N = SrpGroup.N;

    public static TheoryData<string> Implementations() => new() { "managed", "openssl" };

    private static IModularPower Implementation(string name) => name switch
    {
        "managed" => SrpGroup.Field,
        // libcrypto is part of every Linux .NET install; elsewhere the managed code is all there is.
        _ when !OperatingSystem.IsLinux() => SrpGroup.Field,
        _ => SrpGroup.OpenSsl ?? throw new InvalidOperationException("libcrypto.so.3 could not be used on this Linux machine."),
    };

    private static BigInteger[] GeneratorPowers(BigInteger exponent) => [SrpGroup.PowG(exponent), SrpGroup.PowGManaged(exponent)];

    [Fact]
    public void OpenSslIsUsedOnLinux()
    {
        if (OperatingSystem.IsLinux())
        {
            Assert.Same(SrpGroup.OpenSsl, SrpGroup.Power);
        }
        else
        {
            Assert.Same(SrpGroup.Field, SrpGroup.Power);
        }
    }

    private static BigInteger RandomBelow(DeterministicRandom random, BigInteger bound)
    {
        var bytes = random.Take((int)((bound.GetBitLength() + 7) / 8) + 8);
        return new BigInteger(bytes, isUnsigned: true) % bound;
    }

    private static BigInteger RandomBits(DeterministicRandom random, int bits) =>
        new BigInteger(random.Take((bits + 7) / 8), isUnsigned: true) >> ((8 - bits % 8) % 8);

    private static BigInteger Expected(BigInteger value, BigInteger exponent, BigInteger modulus)
    {
        var reduced = BigInteger.Remainder(value, modulus);
        return BigInteger.ModPow(reduced.Sign < 0 ? reduced + modulus : reduced, exponent, modulus);
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public void GroupPowMatchesModPowOnRandomInputs(string implementation)
    {
        var power = Implementation(implementation);
        var random = new DeterministicRandom("group pow");
        for (var i = 0; i < 40; i++)
        {
            var value = RandomBelow(random, N);
            var exponent = RandomBits(random, SrpGroup.ExponentBits);
            Assert.Equal(BigInteger.ModPow(value, exponent, N), power.Pow(value, exponent, SrpGroup.ExponentBits));
        }
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public void GroupPowMatchesModPowForLongExponents(string implementation)
    {
        var power = Implementation(implementation);
        var random = new DeterministicRandom("long exponents");
        for (var i = 0; i < 6; i++)
        {
            var value = RandomBelow(random, N);
            var exponent = RandomBits(random, 2 * SrpGroup.ExponentBits);
            Assert.Equal(BigInteger.ModPow(value, exponent, N), power.Pow(value, exponent, 2 * SrpGroup.ExponentBits));
        }
    }

    [Fact]
    public void FixedBaseGeneratorPowMatchesModPow()
    {
        var random = new DeterministicRandom("generator");
        for (var i = 0; i < 60; i++)
        {
            // Short exponents too: the table must not care how many leading digits are zero.
            var exponent = RandomBits(random, 1 + i * (SrpGroup.ExponentBits - 1) / 59);
            Assert.All(GeneratorPowers(exponent), power => Assert.Equal(BigInteger.ModPow(SrpGroup.G, exponent, N), power));
        }
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1")]
    [InlineData("2")]
    [InlineData("15")]
    [InlineData("16")]
    [InlineData("17")]
    public void FixedBaseGeneratorPowSmallExponents(string exponent) =>
        Assert.All(GeneratorPowers(BigInteger.Parse(exponent)),
            power => Assert.Equal(BigInteger.ModPow(SrpGroup.G, BigInteger.Parse(exponent), N), power));

    [Fact]
    public void FixedBaseGeneratorPowLargestExponent()
    {
        var largest = (BigInteger.One << SrpGroup.ExponentBits) - 1;
        Assert.All(GeneratorPowers(largest), power => Assert.Equal(BigInteger.ModPow(SrpGroup.G, largest, N), power));
    }

    public static TheoryData<string, string> EdgeValues()
    {
        var data = new TheoryData<string, string>();
        foreach (var implementation in new[] { "managed", "openssl" })
        {
            foreach (var value in new[] { "0", "1", "2", "N-1", "N", "N+1", "2N+5", "-1", "-N-3", "R" })
            {
                data.Add(implementation, value);
            }
        }

        return data;
    }

    private static BigInteger Edge(string name) => name switch
    {
        "N-1" => N - 1,
        "N" => N,
        "N+1" => N + 1,
        "2N+5" => 2 * N + 5,
        "-N-3" => -N - 3,
        "R" => BigInteger.One << 3072,
        _ => BigInteger.Parse(name),
    };

    [Theory]
    [MemberData(nameof(EdgeValues))]
    public void EdgeValuesWithEdgeExponents(string implementation, string valueName)
    {
        var power = Implementation(implementation);
        var value = Edge(valueName);
        var random = new DeterministicRandom("edge " + valueName);
        BigInteger[] exponents = [0, 1, 2, 31, 32, 33, (BigInteger.One << SrpGroup.ExponentBits) - 1, RandomBits(random, SrpGroup.ExponentBits)];
        foreach (var exponent in exponents)
        {
            Assert.Equal(Expected(value, exponent, N), power.Pow(value, exponent, SrpGroup.ExponentBits));
        }
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public void NMinusOneSquaresToOne(string implementation)
    {
        var power = Implementation(implementation);
        Assert.Equal(BigInteger.One, power.Pow(N - 1, 2, SrpGroup.ExponentBits));
        Assert.Equal(N - 1, power.Pow(N - 1, 3, SrpGroup.ExponentBits));
    }

    [Theory]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(127)]
    [InlineData(128)]
    [InlineData(1000)]
    [InlineData(2048)]
    [InlineData(3071)]
    public void OtherOddModuliMatchModPow(int modulusBits)
    {
        var random = new DeterministicRandom("modulus " + modulusBits);
        for (var trial = 0; trial < 5; trial++)
        {
            // Top bit set for the stated size, low bit set for an odd modulus.
            var modulus = RandomBits(random, modulusBits) | (BigInteger.One << (modulusBits - 1)) | 1;
            var field = new MontgomeryField(modulus);
            for (var i = 0; i < 6; i++)
            {
                var value = RandomBelow(random, modulus * 3);
                var exponent = RandomBits(random, 200);
                Assert.Equal(BigInteger.ModPow(value % modulus, exponent, modulus), field.Pow(value, exponent, 200));
            }

            Assert.Equal(modulus - 1, field.Pow(modulus - 1, 1, 8));
            Assert.Equal(BigInteger.One % modulus, field.Pow(0, 0, 8));
        }
    }

    [Fact]
    public void AllOnesModulusLimbs()
    {
        // Every limb of modulus 2^192 - 1 is all ones: the largest carries the multiplication can produce.
        var modulus = (BigInteger.One << 192) - 1;
        var field = new MontgomeryField(modulus);
        var random = new DeterministicRandom("all ones");
        for (var i = 0; i < 20; i++)
        {
            var value = modulus - 1 - RandomBits(random, 8);
            var exponent = RandomBits(random, 64);
            Assert.Equal(BigInteger.ModPow(value, exponent, modulus), field.Pow(value, exponent, 64));
        }
    }

    [Fact]
    public void MultiplyRoundTripsThroughMontgomeryForm()
    {
        var random = new DeterministicRandom("multiply");
        var field = SrpGroup.Field;
        Span<ulong> left = stackalloc ulong[field.Limbs];
        Span<ulong> right = stackalloc ulong[field.Limbs];
        for (var i = 0; i < 50; i++)
        {
            var x = RandomBelow(random, N);
            var y = i % 10 == 0 ? N - 1 : RandomBelow(random, N);
            field.ToMontgomery(x, left);
            field.ToMontgomery(y, right);
            field.Multiply(left, right, left);
            Assert.Equal(x * y % N, field.FromMontgomery(left));
        }
    }

    [Theory]
    [MemberData(nameof(Implementations))]
    public void ExponentLongerThanDeclaredIsRejected(string implementation)
    {
        var power = Implementation(implementation);
        Assert.Throws<ArgumentOutOfRangeException>(() => power.Pow(2, BigInteger.One << SrpGroup.ExponentBits, SrpGroup.ExponentBits));
        Assert.Throws<ArgumentOutOfRangeException>(() => power.Pow(2, -1, SrpGroup.ExponentBits));
        Assert.Throws<ArgumentOutOfRangeException>(() => SrpGroup.PowG(BigInteger.One << SrpGroup.ExponentBits));
        Assert.Throws<ArgumentOutOfRangeException>(() => SrpGroup.PowGManaged(BigInteger.One << SrpGroup.ExponentBits));
    }

    [Fact]
    public void OpenSslWithOtherModuliMatchesModPow()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var random = new DeterministicRandom("openssl moduli");
        foreach (var bits in new[] { 3, 64, 65, 1000, 2048 })
        {
            var modulus = RandomBits(random, bits) | (BigInteger.One << (bits - 1)) | 1;
            using var power = OpenSslModularPower.TryCreate(modulus)!;
            for (var i = 0; i < 5; i++)
            {
                var value = RandomBelow(random, modulus * 3);
                var exponent = RandomBits(random, 200);
                Assert.Equal(BigInteger.ModPow(value % modulus, exponent, modulus), power.Pow(value, exponent, 200));
            }
        }
    }

    [Fact]
    public void EvenOrTinyModulusIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MontgomeryField(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MontgomeryField(1));
    }
}
