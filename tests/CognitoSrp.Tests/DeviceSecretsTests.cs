using CognitoSrp.Tests.Support;

namespace CognitoSrp.Tests;

public sealed class DeviceSecretsTests
{
    private const string DeviceGroupKey = "-Zx9Ab3Cd";
    private const string DeviceKey = "us-east-1_0b7d4c55-9d1e-4f1c-2a9e-2b8a6c3f7e10";
    private static readonly string SecretBlock = Convert.ToBase64String("device secret block"u8);
    private const string Timestamp = "Tue Mar 3 07:04:05 UTC 2026";

    [Fact]
    public void CreatedSecretsHaveTheShapeConfirmDeviceExpects()
    {
        var secret = DeviceSecrets.Create(DeviceGroupKey, DeviceKey);

        Assert.Equal(40, Convert.FromBase64String(secret.DevicePassword).Length);
        var salt = Convert.FromBase64String(secret.Salt);
        Assert.InRange(salt.Length, 1, 17); // 16 random bytes, padded like Cognito clients do
        var verifier = DeviceSecrets.VerifierFromBase64(secret.PasswordVerifier);
        Assert.Equal(Convert.FromBase64String(secret.PasswordVerifier), SrpHex.ToPaddedBytes(verifier));
    }

    [Fact]
    public void CreatedSecretsSignInOnOurServer()
    {
        var secret = DeviceSecrets.Create(DeviceGroupKey, DeviceKey);
        var saltHex = DeviceSecrets.SaltHexFromBase64(secret.Salt);
        var server = new SrpServer(DeviceSecrets.VerifierFromBase64(secret.PasswordVerifier));
        var client = new SrpClient();

        var right = client.ComputeClaimSignature(DeviceGroupKey, DeviceKey, secret.DevicePassword, saltHex, server.SrpBHex, SecretBlock, Timestamp);
        var wrong = client.ComputeClaimSignature(DeviceGroupKey, DeviceKey, secret.DevicePassword + "x", saltHex, server.SrpBHex, SecretBlock, Timestamp);

        Assert.True(server.VerifyClaim(client.SrpAHex, DeviceGroupKey, DeviceKey, saltHex, SecretBlock, Timestamp, right));
        Assert.False(server.VerifyClaim(client.SrpAHex, DeviceGroupKey, DeviceKey, saltHex, SecretBlock, Timestamp, wrong));
    }

    [Fact]
    public void CreateUsesTheInjectedGenerator()
    {
        var first = DeviceSecrets.Create(DeviceGroupKey, DeviceKey, new DeterministicRandom("device"));
        var second = DeviceSecrets.Create(DeviceGroupKey, DeviceKey, new DeterministicRandom("device"));
        var other = DeviceSecrets.Create(DeviceGroupKey, DeviceKey, new DeterministicRandom("another device"));

        Assert.Equal(first, second);
        Assert.NotEqual(first.DevicePassword, other.DevicePassword);
        Assert.NotEqual(first.Salt, other.Salt);
    }

    [Fact]
    public void SaltHexIsTheLowercaseHexOfTheSaltBytes() =>
        Assert.Equal("00ff10", DeviceSecrets.SaltHexFromBase64(Convert.ToBase64String([0x00, 0xff, 0x10])));

    [Fact]
    public void ToStringDoesNotRevealTheDevicePassword()
    {
        var secret = DeviceSecrets.Create(DeviceGroupKey, DeviceKey);

        Assert.DoesNotContain(secret.DevicePassword, secret.ToString());
        Assert.Contains(secret.Salt, secret.ToString());
    }

    [Fact]
    public void NewSaltHexIsPaddedLikeCognitoClients()
    {
        for (var i = 0; i < 32; i++)
        {
            var saltHex = SrpVerifier.NewSaltHex();
            Assert.Equal(saltHex, SrpHex.ToPaddedHex(SrpHex.ParseUnsigned(saltHex, "salt")));
            Assert.True(saltHex.Length <= 34, saltHex);
        }
    }
}
