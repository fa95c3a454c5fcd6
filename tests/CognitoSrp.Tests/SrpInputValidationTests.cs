using System.Numerics;
using CognitoSrp.Tests.Support;

namespace CognitoSrp.Tests;

/// <summary>Illegal or malformed SRP values are refused with an <see cref="ArgumentException"/>, never a crash.</summary>
public sealed class SrpInputValidationTests
{
    private const string Realm = "AbC123xyZ";
    private const string Identity = "user-id";
    private const string Password = "Correct-Horse-7!";
    private const string SaltHex = "00a1b2c3d4e5f60718293a4b5c6d7e8f90";
    private static readonly string SecretBlock = Convert.ToBase64String("secret"u8);
    private const string Timestamp = "Tue Mar 3 07:04:05 UTC 2026";
    private static readonly string NHex = SrpHex.ToPaddedHex(SrpGroup.N);
    private static readonly string TwoNHex = SrpHex.ToPaddedHex(SrpGroup.N * 2);

    private static readonly SrpServer Server = new(SrpVerifier.Compute(Realm, Identity, Password, SaltHex));
    private static readonly SrpClient Client = new();
    private static readonly string ValidSignature =
        Client.ComputeClaimSignature(Realm, Identity, Password, SaltHex, Server.SrpBHex, SecretBlock, Timestamp);

    public static TheoryData<string> MultiplesOfN => new() { "0", "00", "0000", NHex, NHex.ToUpperInvariant(), TwoNHex };

    [Theory]
    [MemberData(nameof(MultiplesOfN))]
    public void ServerRejectsAThatIsZeroModN(string srpAHex)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Server.VerifyClaim(srpAHex, Realm, Identity, SaltHex, SecretBlock, Timestamp, ValidSignature));

        Assert.Equal("srpAHex", error.ParamName);
        Assert.Contains("A mod N", error.Message);
    }

    [Theory]
    [MemberData(nameof(MultiplesOfN))]
    public void ClientRejectsBThatIsZeroModN(string srpBHex)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new SrpClient().ComputeClaimSignature(Realm, Identity, Password, SaltHex, srpBHex, SecretBlock, Timestamp));

        Assert.Equal("srpBHex", error.ParamName);
        Assert.Contains("B mod N", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0x1234")]
    [InlineData("12 34")]
    [InlineData("xyz")]
    [InlineData("-1234")]
    public void MalformedHexIsRejectedEverywhere(string badHex)
    {
        Assert.Equal("srpAHex", Assert.Throws<ArgumentException>(() =>
            Server.VerifyClaim(badHex, Realm, Identity, SaltHex, SecretBlock, Timestamp, ValidSignature)).ParamName);
        Assert.Equal("saltHex", Assert.Throws<ArgumentException>(() =>
            Server.VerifyClaim(Client.SrpAHex, Realm, Identity, badHex, SecretBlock, Timestamp, ValidSignature)).ParamName);
        Assert.Equal("srpBHex", Assert.Throws<ArgumentException>(() =>
            new SrpClient().ComputeClaimSignature(Realm, Identity, Password, SaltHex, badHex, SecretBlock, Timestamp)).ParamName);
        Assert.Equal("saltHex", Assert.Throws<ArgumentException>(() =>
            new SrpClient().ComputeClaimSignature(Realm, Identity, Password, badHex, Server.SrpBHex, SecretBlock, Timestamp)).ParamName);
        Assert.Equal("saltHex", Assert.Throws<ArgumentException>(() =>
            SrpVerifier.Compute(Realm, Identity, Password, badHex)).ParamName);
    }

    [Fact]
    public void AbsurdlyLongHexIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Server.VerifyClaim(new string('7', 100_000), Realm, Identity, SaltHex, SecretBlock, Timestamp, ValidSignature));

        Assert.Contains("at most", error.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("abc")]
    [InlineData("not base64!")]
    public void MalformedBase64IsRejected(string badBase64)
    {
        Assert.Equal("secretBlockBase64", Assert.Throws<ArgumentException>(() =>
            Server.VerifyClaim(Client.SrpAHex, Realm, Identity, SaltHex, badBase64, Timestamp, ValidSignature)).ParamName);
        Assert.Equal("claimSignatureBase64", Assert.Throws<ArgumentException>(() =>
            Server.VerifyClaim(Client.SrpAHex, Realm, Identity, SaltHex, SecretBlock, Timestamp, badBase64)).ParamName);
        Assert.Equal("secretBlockBase64", Assert.Throws<ArgumentException>(() =>
            new SrpClient().ComputeClaimSignature(Realm, Identity, Password, SaltHex, Server.SrpBHex, badBase64, Timestamp)).ParamName);
        Assert.Equal("saltBase64", Assert.Throws<ArgumentException>(() => DeviceSecrets.SaltHexFromBase64(badBase64)).ParamName);
        Assert.Equal("verifierBase64", Assert.Throws<ArgumentException>(() => DeviceSecrets.VerifierFromBase64(badBase64)).ParamName);
    }

    [Fact]
    public void NullArgumentsAreArgumentExceptions()
    {
        Assert.ThrowsAny<ArgumentException>(() =>
            Server.VerifyClaim(null!, Realm, Identity, SaltHex, SecretBlock, Timestamp, ValidSignature));
        Assert.ThrowsAny<ArgumentException>(() =>
            new SrpClient().ComputeClaimSignature(Realm, Identity, null!, SaltHex, Server.SrpBHex, SecretBlock, Timestamp));
        Assert.ThrowsAny<ArgumentException>(() => DeviceSecrets.Create("", "device-key"));
    }

    public static TheoryData<BigInteger> ImpossibleVerifiers => new() { BigInteger.Zero, BigInteger.MinusOne, SrpGroup.N, SrpGroup.N + 5 };

    [Theory]
    [MemberData(nameof(ImpossibleVerifiers))]
    public void ServerRejectsAVerifierOutsideTheGroup(BigInteger verifier) =>
        Assert.ThrowsAny<ArgumentException>(() => new SrpServer(verifier));

    [Fact]
    public void DeviceVerifierOfZeroOrNIsRejected()
    {
        Assert.ThrowsAny<ArgumentException>(() => DeviceSecrets.VerifierFromBase64(Convert.ToBase64String(new byte[384])));
        Assert.ThrowsAny<ArgumentException>(() => DeviceSecrets.VerifierFromBase64(Convert.ToBase64String(SrpHex.ToPaddedBytes(SrpGroup.N))));
    }

    [Fact]
    public void ABrokenGeneratorIsReportedInsteadOfLoopingForever()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new SrpClient(new ConstantRandom(0)));
        Assert.Contains("random", error.Message);
    }
}
