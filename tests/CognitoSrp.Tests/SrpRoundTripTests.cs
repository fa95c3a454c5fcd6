using System.Numerics;

namespace CognitoSrp.Tests;

/// <summary>Our client against our server: the right password verifies, anything changed does not.</summary>
public sealed class SrpRoundTripTests
{
    private const string Realm = "AbC123xyZ";
    private const string Identity = "4f1c2a9e-0b7d-4c55-9d1e-2b8a6c3f7e10";
    private const string Password = "Correct-Horse-7!";
    private static readonly string SecretBlock = Convert.ToBase64String("opaque secret block from the server"u8);
    private static readonly string Timestamp = SrpTimestamp.Format(new DateTimeOffset(2026, 3, 3, 7, 4, 5, TimeSpan.Zero));

    private static (SrpServer Server, string SaltHex) NewServer()
    {
        var saltHex = SrpVerifier.NewSaltHex();
        return (new SrpServer(SrpVerifier.Compute(Realm, Identity, Password, saltHex)), saltHex);
    }

    private static bool Exchange(string clientPassword, string? clientSaltHex = null, string? clientSecretBlock = null,
        string? clientTimestamp = null, string clientRealm = Realm, string clientIdentity = Identity)
    {
        var (server, saltHex) = NewServer();
        var client = new SrpClient();
        var signature = client.ComputeClaimSignature(clientRealm, clientIdentity, clientPassword, clientSaltHex ?? saltHex,
            server.SrpBHex, clientSecretBlock ?? SecretBlock, clientTimestamp ?? Timestamp);
        return server.VerifyClaim(client.SrpAHex, Realm, Identity, saltHex, SecretBlock, Timestamp, signature);
    }

    [Fact]
    public void RightPasswordVerifies() => Assert.True(Exchange(Password));

    [Fact]
    public void RightPasswordVerifiesRepeatedly()
    {
        // Fresh a, b and salt each time, so both padding branches (high bit set or not) of A, B, u and S get exercised.
        for (var i = 0; i < 8; i++)
        {
            Assert.True(Exchange(Password), $"exchange {i} failed");
        }
    }

    [Fact]
    public void WrongPasswordFails() => Assert.False(Exchange("Correct-Horse-8!"));

    [Fact]
    public void WrongSaltFails() => Assert.False(Exchange(Password, clientSaltHex: SrpVerifier.NewSaltHex()));

    [Fact]
    public void DifferentSecretBlockFails() =>
        Assert.False(Exchange(Password, clientSecretBlock: Convert.ToBase64String("another secret block"u8)));

    [Fact]
    public void DifferentTimestampFails() =>
        Assert.False(Exchange(Password, clientTimestamp: SrpTimestamp.Format(new DateTimeOffset(2026, 3, 3, 7, 4, 6, TimeSpan.Zero))));

    [Fact]
    public void DifferentRealmFails() => Assert.False(Exchange(Password, clientRealm: "OtherPool1"));

    [Fact]
    public void DifferentIdentityFails() => Assert.False(Exchange(Password, clientIdentity: "someone-else"));

    [Fact]
    public void ClaimFromAnotherExchangeFails()
    {
        var (server, saltHex) = NewServer();
        var client = new SrpClient();
        var otherClient = new SrpClient();
        var signature = otherClient.ComputeClaimSignature(Realm, Identity, Password, saltHex, server.SrpBHex, SecretBlock, Timestamp);

        Assert.False(server.VerifyClaim(client.SrpAHex, Realm, Identity, saltHex, SecretBlock, Timestamp, signature));
    }

    [Fact]
    public void SignatureOfWrongLengthFails()
    {
        var (server, saltHex) = NewServer();
        var client = new SrpClient();

        Assert.False(server.VerifyClaim(client.SrpAHex, Realm, Identity, saltHex, SecretBlock, Timestamp,
            Convert.ToBase64String(new byte[10])));
    }

    [Fact]
    public void ServerAcceptsUnpaddedUppercaseAndOddLengthA()
    {
        // amazon-cognito-identity-js sends SRP_A as plain BigInteger.toString(16): no padding, possibly odd length.
        var (server, saltHex) = NewServer();
        var client = new SrpClient();
        var signature = client.ComputeClaimSignature(Realm, Identity, Password, saltHex, server.SrpBHex, SecretBlock, Timestamp);
        var unpaddedA = client.SrpAHex.TrimStart('0').ToUpperInvariant();

        Assert.True(server.VerifyClaim(unpaddedA, Realm, Identity, saltHex, SecretBlock, Timestamp, signature));
        Assert.True(server.VerifyClaim("000" + client.SrpAHex, Realm, Identity, saltHex, SecretBlock, Timestamp, signature));
    }

    [Fact]
    public void SaltIsReadAsANumberLikeCognitoClientsDo()
    {
        // Clients parse SALT as a number and re-pad it, so leading zero digits do not change x.
        const string saltHex = "7a3c";
        var verifier = SrpVerifier.Compute(Realm, Identity, Password, saltHex);

        Assert.Equal(verifier, SrpVerifier.Compute(Realm, Identity, Password, "00007A3C"));
        Assert.NotEqual(verifier, SrpVerifier.Compute(Realm, Identity, Password, "7a3d"));
    }

    [Fact]
    public void PublicValuesAreFreshPerExchange()
    {
        var verifier = SrpVerifier.Compute(Realm, Identity, Password, "0102");

        Assert.NotEqual(new SrpClient().SrpAHex, new SrpClient().SrpAHex);
        Assert.NotEqual(new SrpServer(verifier).SrpBHex, new SrpServer(verifier).SrpBHex);
    }

    [Fact]
    public void VerifierIsGToTheX()
    {
        var verifier = SrpVerifier.Compute(Realm, Identity, Password, "00c0ffee");

        Assert.InRange(verifier, BigInteger.One, SrpGroup.N - 1);
        var x = SrpHashing.ComputeX(Realm, Identity, Password, SrpHex.ParseUnsigned("c0ffee", "salt"));
        Assert.Equal(BigInteger.ModPow(2, x, SrpGroup.N), verifier);
    }
}
