using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// A sign-in bound to a remembered (confirmed) device refreshes only with that device's key, whether through
/// REFRESH_TOKEN_AUTH's DEVICE_KEY or GetTokensFromRefreshToken's DeviceKey. Without it, or with another key,
/// Cognito answers "Invalid Refresh Token" — the documented trap for apps that drop the key.
/// </summary>
public static class RefreshDeviceBinding
{
    public static void Require(CognitoStore store, RefreshGrant grant, string? presentedDeviceKey)
    {
        if (presentedDeviceKey is not null && grant.DeviceKey is not null && presentedDeviceKey != grant.DeviceKey)
        {
            throw Errors.InvalidRefreshToken();
        }

        if (presentedDeviceKey is null && grant.DeviceKey is { } boundKey && store.FindDevice(boundKey) is { Confirmed: true })
        {
            throw Errors.InvalidRefreshToken();
        }
    }
}
