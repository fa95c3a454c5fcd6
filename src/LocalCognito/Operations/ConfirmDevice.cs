using System.Text.Json.Nodes;
using CognitoSrp;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>Stores the device's SRP verifier so later sign-ins from it can use DEVICE_SRP_AUTH instead of an MFA code.</summary>
public sealed class ConfirmDevice(CognitoStore store, TokenService tokens, TimeProvider time) : ICognitoOperation
{
    public string Name => "ConfirmDevice";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = tokens.ValidateAccessToken(request.Required("AccessToken"));
        var config = request.Obj("DeviceSecretVerifierConfig")
                     ?? throw Errors.InvalidParameter("DeviceSecretVerifierConfig is required to confirm a device.");
        var verifier = config.Str("PasswordVerifier") ?? throw Errors.InvalidParameter("DeviceSecretVerifierConfig.PasswordVerifier is required.");
        var salt = config.Str("Salt") ?? throw Errors.InvalidParameter("DeviceSecretVerifierConfig.Salt is required.");
        try
        {
            DeviceSecrets.VerifierFromBase64(verifier);
            DeviceSecrets.SaltHexFromBase64(salt);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw Errors.InvalidParameter("DeviceSecretVerifierConfig must hold base64 PasswordVerifier and Salt.");
        }

        lock (store.Sync)
        {
            var device = store.FindDevice(request.Required("DeviceKey"));
            if (device is null || device.UserPoolId != pool.Id || device.UsernameKey != pool.UsernameKey(user.Username))
            {
                throw Errors.ResourceNotFound("Device does not exist.");
            }

            device.VerifierBase64 = verifier;
            device.SaltBase64 = salt;
            device.DeviceName = request.Str("DeviceName") ?? device.DeviceName;
            device.Remembered = !pool.DeviceOnlyRememberedOnUserPrompt;
            device.LastModifiedDate = time.GetUtcNow();
            store.SaveDevice(device);
        }
        return new JsonObject { ["UserConfirmationNecessary"] = pool.DeviceOnlyRememberedOnUserPrompt };
    }
}
