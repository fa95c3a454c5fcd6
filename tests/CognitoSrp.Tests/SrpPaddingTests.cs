using System.Numerics;

namespace CognitoSrp.Tests;

/// <summary>
/// Cognito clients hash numbers in "padHex" form: shortest big-endian hex, even length, "00" in front when the
/// high bit is set. A mistake here breaks interoperability only for some values, so check each branch.
/// </summary>
public sealed class SrpPaddingTests
{
    [Theory]
    [InlineData(0, "00")]
    [InlineData(1, "01")]
    [InlineData(0x14, "14")]
    [InlineData(0x7f, "7f")]
    [InlineData(0x80, "0080")]
    [InlineData(0xc8, "00c8")]
    [InlineData(0x100, "0100")]
    [InlineData(0x7fff, "7fff")]
    [InlineData(0x8000, "008000")]
    [InlineData(0xabcde, "0abcde")]
    public void PaddedHexFollowsCognitosConvention(long value, string expected) =>
        Assert.Equal(expected, SrpHex.ToPaddedHex(new BigInteger(value)));

    [Fact]
    public void PrimeGetsALeadingZeroByte()
    {
        var padded = SrpHex.ToPaddedBytes(SrpGroup.N);

        Assert.Equal(385, padded.Length);
        Assert.Equal(0, padded[0]);
        Assert.Equal(0xff, padded[1]);
    }

    [Theory]
    [InlineData("ff", 255)]
    [InlineData("00ff", 255)]
    [InlineData("FF", 255)]
    [InlineData("abc", 0xabc)]
    [InlineData("0", 0)]
    [InlineData("8000000000000000", long.MinValue)] // parsed as unsigned, compared below
    public void ParsesUnsignedBigEndianHex(string hex, long expected)
    {
        var expectedValue = expected == long.MinValue ? BigInteger.Pow(2, 63) : new BigInteger(expected);
        Assert.Equal(expectedValue, SrpHex.ParseUnsigned(hex, "hex"));
    }

    [Fact]
    public void PrimeIsTheRfc5054ThreeThousandSeventyTwoBitGroup()
    {
        // RFC 3526/5054: N = 2^3072 - 2^3008 - 1 + 2^64 * (floor(2^2942 * pi) + 1690314); check size and shape.
        Assert.Equal(3072, (int)SrpGroup.N.GetBitLength());
        Assert.True(SrpGroup.N.IsEven is false);
        Assert.Equal(BigInteger.Pow(2, 64) - 1, SrpGroup.N % BigInteger.Pow(2, 64));
        Assert.Equal(new BigInteger(2), SrpGroup.G);
    }
}
