using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoSrp;

namespace LocalCognito.Tests;

/// <summary>Remembered devices: NewDeviceMetadata after MFA, ConfirmDevice, then DEVICE_SRP_AUTH instead of a code.</summary>
public sealed class DeviceTests
{
    private static async Task<(TestServer T, NewDeviceMetadataType Device, DeviceSecret Secret, AuthenticationResultType Tokens)> RememberedDeviceAsync()
    {
        var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var device = tokens.NewDeviceMetadata;
        Assert.Matches($"^{t.Server.Region}_[0-9a-f-]{{36}}$", device.DeviceKey);
        var secret = DeviceSecrets.Create(device.DeviceGroupKey, device.DeviceKey);
        var confirm = await t.Client.ConfirmDeviceAsync(new ConfirmDeviceRequest
        {
            AccessToken = tokens.AccessToken,
            DeviceKey = device.DeviceKey,
            DeviceName = "test laptop",
            DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = secret.PasswordVerifier, Salt = secret.Salt },
        });
        Assert.False(confirm.UserConfirmationNecessary);
        return (t, device, secret, tokens);
    }

    private static async Task<RespondToAuthChallengeResponse> DeviceSignInAsync(TestServer t, NewDeviceMetadataType device, string devicePassword)
    {
        var first = await t.PasswordAuthAsync("tom", deviceKey: device.DeviceKey);
        Assert.Equal(ChallengeNameType.DEVICE_SRP_AUTH, first.ChallengeName);
        var srp = new SrpClient();
        var challenge = await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.DEVICE_SRP_AUTH,
            Session = first.Session,
            ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["DEVICE_KEY"] = device.DeviceKey, ["SRP_A"] = srp.SrpAHex },
        });
        Assert.Equal(ChallengeNameType.DEVICE_PASSWORD_VERIFIER, challenge.ChallengeName);
        var p = challenge.ChallengeParameters;
        var timestamp = SrpTimestamp.Format(t.Time.GetUtcNow());
        var signature = srp.ComputeClaimSignature(device.DeviceGroupKey, device.DeviceKey, devicePassword, p["SALT"], p["SRP_B"], p["SECRET_BLOCK"], timestamp);
        return await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.DEVICE_PASSWORD_VERIFIER,
            Session = challenge.Session,
            ChallengeResponses = new Dictionary<string, string>
            {
                ["USERNAME"] = "tom",
                ["DEVICE_KEY"] = device.DeviceKey,
                ["PASSWORD_CLAIM_SECRET_BLOCK"] = p["SECRET_BLOCK"],
                ["PASSWORD_CLAIM_SIGNATURE"] = signature,
                ["TIMESTAMP"] = timestamp,
            },
        });
    }

    [Fact]
    public async Task A_remembered_device_signs_in_without_an_MFA_code()
    {
        var (t, device, secret, _) = await RememberedDeviceAsync();
        await using var _ = t;
        var response = await DeviceSignInAsync(t, device, secret.DevicePassword);
        Assert.False(string.IsNullOrEmpty(response.AuthenticationResult.AccessToken));
        Assert.Null(response.AuthenticationResult.NewDeviceMetadata);
    }

    [Fact]
    public async Task A_wrong_device_password_is_not_authorized()
    {
        var (t, device, _, _) = await RememberedDeviceAsync();
        await using var _ = t;
        await Assert.ThrowsAsync<NotAuthorizedException>(() => DeviceSignInAsync(t, device, "not-the-device-password"));
    }

    [Fact]
    public async Task ListDevices_shows_the_device_and_ForgetDevice_brings_the_MFA_challenge_back()
    {
        var (t, device, _, tokens) = await RememberedDeviceAsync();
        await using var _ = t;
        var listed = await t.Client.ListDevicesAsync(new ListDevicesRequest { AccessToken = tokens.AccessToken });
        var only = Assert.Single(listed.Devices);
        Assert.Equal(device.DeviceKey, only.DeviceKey);
        Assert.Contains(only.DeviceAttributes, a => a.Name == "device_name" && a.Value == "test laptop");

        await t.Client.ForgetDeviceAsync(new ForgetDeviceRequest { AccessToken = tokens.AccessToken, DeviceKey = device.DeviceKey });
        Assert.Empty((await t.Client.ListDevicesAsync(new ListDevicesRequest { AccessToken = tokens.AccessToken })).Devices ?? []);
        var again = await t.PasswordAuthAsync("tom", deviceKey: device.DeviceKey);
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, again.ChallengeName);
    }

    [Fact]
    public async Task An_unconfirmed_device_still_gets_the_MFA_challenge()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var again = await t.PasswordAuthAsync("tom", deviceKey: tokens.NewDeviceMetadata.DeviceKey);
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, again.ChallengeName);
    }

    [Fact]
    public async Task Only_the_latest_ten_unconfirmed_devices_are_kept()
    {
        await using var t = await TestServer.StartAsync();
        var (secret, first) = await t.EnrolledUserAsync("tom");
        AuthenticationResultType latest = first;
        for (var i = 0; i < 10; i++)
        {
            t.NextStep();
            var challenge = await t.PasswordAuthAsync("tom");
            latest = (await t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
            {
                ClientId = t.ClientId,
                ChallengeName = ChallengeNameType.SOFTWARE_TOKEN_MFA,
                Session = challenge.Session,
                ChallengeResponses = new Dictionary<string, string> { ["USERNAME"] = "tom", ["SOFTWARE_TOKEN_MFA_CODE"] = t.Code(secret) },
            })).AuthenticationResult;
        }

        ConfirmDeviceRequest Confirm(NewDeviceMetadataType device)
        {
            var deviceSecret = DeviceSecrets.Create(device.DeviceGroupKey, device.DeviceKey);
            return new ConfirmDeviceRequest
            {
                AccessToken = latest.AccessToken,
                DeviceKey = device.DeviceKey,
                DeviceSecretVerifierConfig = new DeviceSecretVerifierConfigType { PasswordVerifier = deviceSecret.PasswordVerifier, Salt = deviceSecret.Salt },
            };
        }
        var dropped = await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.ConfirmDeviceAsync(Confirm(first.NewDeviceMetadata)));
        Assert.Equal("Device does not exist.", dropped.Message);
        await t.Client.ConfirmDeviceAsync(Confirm(latest.NewDeviceMetadata));
    }
}
