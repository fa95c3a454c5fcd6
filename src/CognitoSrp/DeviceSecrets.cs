using System.Numerics;
using System.Security.Cryptography;

namespace CognitoSrp;

/// <summary>Device secrets for remembered devices (ConfirmDevice and DEVICE_SRP_AUTH).</summary>
public static class DeviceSecrets
{
    // amazon-cognito-identity-js uses 40 random bytes, base64 encoded, as the device password.
    private const int DevicePasswordLength = 40;

    /// <summary>
    /// A new random device password with its salt and verifier; realm = device group key, identity = device key.
    /// </summary>
    public static DeviceSecret Create(string deviceGroupKey, string deviceKey, RandomNumberGenerator? random = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(deviceGroupKey);
        ArgumentException.ThrowIfNullOrEmpty(deviceKey);
        var devicePassword = Convert.ToBase64String(SrpRandom.Bytes(random, DevicePasswordLength));
        var saltHex = SrpVerifier.NewSaltHex(random);
        var verifier = SrpVerifier.Compute(deviceGroupKey, deviceKey, devicePassword, saltHex);
        return new DeviceSecret(
            devicePassword,
            Convert.ToBase64String(SrpHex.ToPaddedBytes(verifier)),
            Convert.ToBase64String(Convert.FromHexString(saltHex)));
    }

    /// <summary>The base64 salt from DeviceSecretVerifierConfig as the hex SALT of the DEVICE_PASSWORD_VERIFIER challenge.</summary>
    /// <exception cref="ArgumentException">Empty or malformed base64.</exception>
    public static string SaltHexFromBase64(string saltBase64) =>
        Convert.ToHexStringLower(SrpBase64.Decode(saltBase64, nameof(saltBase64)));

    /// <summary>The base64 PasswordVerifier from DeviceSecretVerifierConfig as a number (big-endian, unsigned).</summary>
    /// <exception cref="ArgumentException">Empty or malformed base64, or a value that cannot be a verifier (0 or &gt;= N).</exception>
    public static BigInteger VerifierFromBase64(string verifierBase64)
    {
        var verifier = SrpHex.FromUnsignedBytes(SrpBase64.Decode(verifierBase64, nameof(verifierBase64)));
        SrpVerifier.EnsureInRange(verifier, nameof(verifierBase64));
        return verifier;
    }
}
