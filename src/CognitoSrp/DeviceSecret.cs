namespace CognitoSrp;

/// <summary>
/// What a client keeps and sends when it remembers a device. <see cref="PasswordVerifier"/> and <see cref="Salt"/>
/// are base64, as ConfirmDevice's DeviceSecretVerifierConfig wants; <see cref="DevicePassword"/> stays on the client.
/// </summary>
public sealed record DeviceSecret(string DevicePassword, string PasswordVerifier, string Salt)
{
    /// <summary>Leaves the device password out, so logging the record does not leak it.</summary>
    public override string ToString() =>
        $"DeviceSecret {{ DevicePassword = ***, PasswordVerifier = {PasswordVerifier}, Salt = {Salt} }}";
}
