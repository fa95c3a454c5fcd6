using System.Text.Json.Nodes;
using CognitoSrp.Tests.Support;

namespace CognitoSrp.Tests;

/// <summary>
/// Remembered-device SRP against amazon-cognito-identity-js: verifiers made by one side, claims made by the other.
/// </summary>
public sealed class JsWitnessDeviceSrpTests
{
    private const string UserPoolId = "us-east-1_AbC123xyZ";
    private const string DeviceGroupKey = "-Zx9Ab3Cd";
    private const string DeviceKey = "us-east-1_0b7d4c55-9d1e-4f1c-2a9e-2b8a6c3f7e10";
    private const string Username = "4f1c2a9e-0b7d-4c55-9d1e-2b8a6c3f7e10";

    private static JsonObject DeviceKeys() => new() { ["deviceGroupKey"] = DeviceGroupKey, ["deviceKey"] = DeviceKey };

    private static JsonObject DeviceClaimInput(string devicePassword, SrpServer server, string saltHex, string secretBlock) => new()
    {
        ["flow"] = "device",
        ["userPoolId"] = UserPoolId,
        ["clientId"] = "2abc3def4ghi5jkl6mno7pqr8s",
        ["username"] = Username,
        ["deviceKey"] = DeviceKey,
        ["deviceGroupKey"] = DeviceGroupKey,
        ["devicePassword"] = devicePassword,
        ["srpBHex"] = server.SrpBHex,
        ["saltHex"] = saltHex,
        ["secretBlockBase64"] = secretBlock,
    };

    private static bool Verify(SrpServer server, string saltHex, JsonNode claimOutput)
    {
        var answer = claimOutput["challengeResponses"]!;
        Assert.Equal("DEVICE_PASSWORD_VERIFIER", claimOutput.Text("challengeName"));
        Assert.Equal(DeviceKey, answer.Text("DEVICE_KEY"));
        return server.VerifyClaim(claimOutput.Text("srpAHex"), DeviceGroupKey, DeviceKey, saltHex,
            answer.Text("PASSWORD_CLAIM_SECRET_BLOCK"), answer.Text("TIMESTAMP"), answer.Text("PASSWORD_CLAIM_SIGNATURE"));
    }

    [Fact]
    public void JsDeviceVerifierAndJsDeviceClaimVerifyOnOurServer()
    {
        var device = NodeWitness.Run("device-verifier.mjs", DeviceKeys());
        var saltHex = DeviceSecrets.SaltHexFromBase64(device.Text("salt"));
        var server = new SrpServer(DeviceSecrets.VerifierFromBase64(device.Text("passwordVerifier")));
        var secretBlock = Convert.ToBase64String("device secret block"u8);

        var claims = NodeWitness.Run("cognito-user-claim.mjs", Json.ArrayOf(
        [
            DeviceClaimInput(device.Text("devicePassword"), server, saltHex, secretBlock),
            DeviceClaimInput("not-the-device-password", server, saltHex, secretBlock),
        ])).AsArray();

        Assert.Equal(device.Text("saltHex"), saltHex);
        Assert.True(Verify(server, saltHex, claims[0]!), "our server rejected the JS device claim with the right device password");
        Assert.False(Verify(server, saltHex, claims[1]!), "our server accepted a JS device claim with a wrong device password");
    }

    [Fact]
    public void OurClientSignsInWithAJsGeneratedDevice()
    {
        var device = NodeWitness.Run("device-verifier.mjs", DeviceKeys());
        var saltHex = DeviceSecrets.SaltHexFromBase64(device.Text("salt"));
        var server = new SrpServer(DeviceSecrets.VerifierFromBase64(device.Text("passwordVerifier")));
        var client = new SrpClient();
        var secretBlock = Convert.ToBase64String("device secret block"u8);
        var timestamp = SrpTimestamp.Format(DateTimeOffset.UtcNow);

        var right = client.ComputeClaimSignature(DeviceGroupKey, DeviceKey, device.Text("devicePassword"), saltHex, server.SrpBHex, secretBlock, timestamp);
        var wrong = client.ComputeClaimSignature(DeviceGroupKey, DeviceKey, "not-the-device-password", saltHex, server.SrpBHex, secretBlock, timestamp);

        Assert.True(server.VerifyClaim(client.SrpAHex, DeviceGroupKey, DeviceKey, saltHex, secretBlock, timestamp, right));
        Assert.False(server.VerifyClaim(client.SrpAHex, DeviceGroupKey, DeviceKey, saltHex, secretBlock, timestamp, wrong));
    }

    [Fact]
    public void JsClientSignsInWithOurDeviceSecrets()
    {
        var secret = DeviceSecrets.Create(DeviceGroupKey, DeviceKey);
        var saltHex = DeviceSecrets.SaltHexFromBase64(secret.Salt);
        var server = new SrpServer(DeviceSecrets.VerifierFromBase64(secret.PasswordVerifier));
        var secretBlock = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

        var claims = NodeWitness.Run("cognito-user-claim.mjs", Json.ArrayOf(
        [
            DeviceClaimInput(secret.DevicePassword, server, saltHex, secretBlock),
            DeviceClaimInput(secret.DevicePassword + "x", server, saltHex, secretBlock),
        ])).AsArray();

        Assert.True(Verify(server, saltHex, claims[0]!), "our server rejected the JS client's claim for our device secret");
        Assert.False(Verify(server, saltHex, claims[1]!), "our server accepted the JS client's claim with a wrong device password");
    }

    [Fact]
    public void OurVerifierEqualsTheJsVerifierForTheSamePasswordAndSalt()
    {
        // Several devices, so salts and verifiers with and without the high bit set are both likely covered.
        var devices = NodeWitness.Run("device-verifier.mjs", Json.ArrayOf(Enumerable.Range(0, 6).Select(_ => (JsonNode)DeviceKeys()))).AsArray();

        Assert.Equal(6, devices.Count);
        foreach (var device in devices.Select(d => d!))
        {
            var saltHex = DeviceSecrets.SaltHexFromBase64(device.Text("salt"));
            var ours = SrpVerifier.Compute(DeviceGroupKey, DeviceKey, device.Text("devicePassword"), saltHex);

            Assert.Equal(DeviceSecrets.VerifierFromBase64(device.Text("passwordVerifier")), ours);
            Assert.Equal(device.Text("passwordVerifier"), Convert.ToBase64String(SrpHex.ToPaddedBytes(ours)));
        }
    }
}
