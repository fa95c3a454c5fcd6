using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>AdminDisableUser / AdminEnableUser, and devices as administrators and users manage them.</summary>
public sealed class DisableUserAndAdminDeviceTests
{
    [Fact]
    public async Task A_disabled_user_cannot_sign_in_and_its_tokens_stop_working_until_enabled_again()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        await t.Client.AdminDisableUserAsync(new AdminDisableUserRequest { UserPoolId = t.PoolId, Username = "tom" });

        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.False(user.Enabled);
        var listed = await t.Client.ListUsersAsync(new ListUsersRequest { UserPoolId = t.PoolId });
        Assert.False(Assert.Single(listed.Users).Enabled);
        var signIn = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("tom"));
        Assert.Equal("User is disabled.", signIn.Message);
        var access = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken }));
        Assert.Equal("Access Token has been revoked", access.Message);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = t.ClientId,
            AuthFlow = AuthFlowType.REFRESH_TOKEN_AUTH,
            AuthParameters = new Dictionary<string, string> { ["REFRESH_TOKEN"] = tokens.RefreshToken },
        }));

        await t.Client.AdminEnableUserAsync(new AdminEnableUserRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.True((await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "tom" })).Enabled);
        t.NextStep();
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom")).ChallengeName);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.GetUserAsync(new GetUserRequest { AccessToken = tokens.AccessToken }));
        var missing = await Assert.ThrowsAsync<UserNotFoundException>(() =>
            t.Client.AdminDisableUserAsync(new AdminDisableUserRequest { UserPoolId = t.PoolId, Username = "nobody" }));
        Assert.Equal("User does not exist.", missing.Message);
    }

    [Fact]
    public async Task Admin_device_operations_list_get_update_and_forget_and_not_remembered_devices_need_MFA()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tokens) = await t.EnrolledUserAsync("tom");
        var device = tokens.NewDeviceMetadata;
        await t.RememberDeviceAsync(tokens, "laptop");

        var listed = await t.Client.AdminListDevicesAsync(new AdminListDevicesRequest { UserPoolId = t.PoolId, Username = "tom" });
        Assert.Equal(device.DeviceKey, Assert.Single(listed.Devices).DeviceKey);
        Assert.Equal("remembered", Status(await GetAsAdminAsync(t, device.DeviceKey)));

        await t.Client.UpdateDeviceStatusAsync(new UpdateDeviceStatusRequest
        {
            AccessToken = tokens.AccessToken, DeviceKey = device.DeviceKey, DeviceRememberedStatus = DeviceRememberedStatusType.Not_remembered,
        });
        var got = await t.Client.GetDeviceAsync(new GetDeviceRequest { AccessToken = tokens.AccessToken, DeviceKey = device.DeviceKey });
        Assert.Equal("not_remembered", Status(got.Device));
        t.NextStep();
        Assert.Equal(ChallengeNameType.SOFTWARE_TOKEN_MFA, (await t.PasswordAuthAsync("tom", deviceKey: device.DeviceKey)).ChallengeName);

        await t.Client.AdminUpdateDeviceStatusAsync(new AdminUpdateDeviceStatusRequest
        {
            UserPoolId = t.PoolId, Username = "tom", DeviceKey = device.DeviceKey, DeviceRememberedStatus = DeviceRememberedStatusType.Remembered,
        });
        Assert.Equal(ChallengeNameType.DEVICE_SRP_AUTH, (await t.PasswordAuthAsync("tom", deviceKey: device.DeviceKey)).ChallengeName);

        await t.Client.AdminForgetDeviceAsync(new AdminForgetDeviceRequest { UserPoolId = t.PoolId, Username = "tom", DeviceKey = device.DeviceKey });
        var gone = await Assert.ThrowsAsync<ResourceNotFoundException>(() => GetAsAdminAsync(t, device.DeviceKey));
        Assert.Equal("Device does not exist.", gone.Message);
        Assert.Empty((await t.Client.AdminListDevicesAsync(new AdminListDevicesRequest { UserPoolId = t.PoolId, Username = "tom" })).Devices);
    }

    [Fact]
    public async Task A_device_of_another_user_is_not_found()
    {
        await using var t = await TestServer.StartAsync();
        var (_, tom) = await t.EnrolledUserAsync("tom");
        await t.SignUpConfirmedAsync("ann");
        var error = await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.AdminGetDeviceAsync(new AdminGetDeviceRequest
        {
            UserPoolId = t.PoolId, Username = "ann", DeviceKey = tom.NewDeviceMetadata.DeviceKey,
        }));
        Assert.Equal("Device does not exist.", error.Message);
    }

    private static async Task<DeviceType> GetAsAdminAsync(TestServer t, string deviceKey) =>
        (await t.Client.AdminGetDeviceAsync(new AdminGetDeviceRequest { UserPoolId = t.PoolId, Username = "tom", DeviceKey = deviceKey })).Device;

    private static string Status(DeviceType device) =>
        device.DeviceAttributes.Single(attribute => attribute.Name == "dev:device_remembered_status").Value;
}
