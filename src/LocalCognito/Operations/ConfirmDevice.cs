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
        var config = request.OptionalObject("DeviceSecretVerifierConfig")
                     ?? throw Errors.InvalidParameter("DeviceSecretVerifierConfig is required to confirm a device.");
        var verifier = config.OptionalString("PasswordVerifier") ?? throw Errors.InvalidParameter("DeviceSecretVerifierConfig.PasswordVerifier is required.");
        var salt = config.OptionalString("Salt") ?? throw Errors.InvalidParameter("DeviceSecretVerifierConfig.Salt is required.");
        try
        {
            DeviceSecrets.VerifierFromBase64(verifier);
            DeviceSecrets.SaltHexFromBase64(salt);
        }
        catch (Exception malformed) when (malformed is FormatException or ArgumentException)
        {
            throw Errors.InvalidParameter("DeviceSecretVerifierConfig must hold base64 PasswordVerifier and Salt.");
        }

        store.UpdateDevice(request.Required("DeviceKey"), () => Errors.ResourceNotFound("Device does not exist."), device =>
        {
            if (!device.BelongsTo(pool, user.Username))
            {
                throw Errors.ResourceNotFound("Device does not exist.");
            }

            device.VerifierBase64 = verifier;
            device.SaltBase64 = salt;
            device.DeviceName = request.OptionalString("DeviceName") ?? device.DeviceName;
            device.Remembered = !pool.DeviceOnlyRememberedOnUserPrompt;
            device.LastModifiedDate = time.GetUtcNow();
        });
        return new JsonObject { ["UserConfirmationNecessary"] = pool.DeviceOnlyRememberedOnUserPrompt };
    }
}
