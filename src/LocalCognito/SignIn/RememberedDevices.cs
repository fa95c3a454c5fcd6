using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>The device a sign-in presented, when it is confirmed, remembered and the user's: it then stands in for MFA.</summary>
public sealed class RememberedDevices(CognitoStore store)
{
    public Device? Find(UserPool pool, string usernameKey, string? deviceKey)
    {
        if (deviceKey is null)
        {
            return null;
        }

        var device = store.FindDevice(deviceKey);
        // A not_remembered device is still tracked but no longer stands in for the MFA code.
        return device is { Confirmed: true, Remembered: true } && device.BelongsTo(pool, usernameKey) ? device : null;
    }
}
