using System.Security.Cryptography;
using CognitoSrp;

namespace CognitoMfaScenario.Cognito;

/// <summary>Remembers a device (ConfirmDevice): makes the device's password and registers its SRP verifier.</summary>
public sealed class DeviceRegistration(CognitoWrapper cognito, RandomNumberGenerator random)
{
    /// <param name="accessToken">From the sign-in that returned NewDeviceMetadata.</param>
    /// <param name="deviceKey">NewDeviceMetadata.DeviceKey.</param>
    /// <param name="deviceGroupKey">NewDeviceMetadata.DeviceGroupKey.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The device's credentials, and whether the pool wants the user to confirm remembering it.</returns>
    public async Task<(RememberedDevice Device, bool UserConfirmationNecessary)> RememberAsync(string accessToken, string deviceKey, string deviceGroupKey,
        CancellationToken cancellationToken)
    {
        var secret = DeviceSecrets.Create(deviceGroupKey, deviceKey, random);
        var confirmation = await cognito.ConfirmDeviceAsync(accessToken, deviceKey, AppNames.Device,
            secret.PasswordVerifier, secret.Salt, cancellationToken).ConfigureAwait(false);
        return (new RememberedDevice(deviceKey, deviceGroupKey, secret.DevicePassword), confirmation.UserConfirmationNecessary == true);
    }
}
