namespace LocalCognito.Store;

/// <summary>A device tracked for a user; once confirmed it can sign in with device SRP instead of an MFA code.</summary>
public sealed class Device
{
    public required string DeviceKey { get; set; }
    public required string DeviceGroupKey { get; set; }
    public required string UserPoolId { get; set; }
    public required string UsernameKey { get; set; }
    public string? DeviceName { get; set; }
    /// <summary>From ConfirmDevice: the SRP verifier and salt (base64, as the client sent them).</summary>
    public string? VerifierBase64 { get; set; }
    public string? SaltBase64 { get; set; }
    public bool Remembered { get; set; }
    public DateTimeOffset CreateDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }
    public DateTimeOffset? LastAuthenticatedDate { get; set; }

    public bool Confirmed => VerifierBase64 is not null;

    public bool BelongsTo(UserPool pool, string username) => UserPoolId == pool.Id && UsernameKey == pool.UsernameKey(username);

    /// <summary>A copy to change (the store never changes a device it has handed out).</summary>
    internal Device Copy() => (Device)MemberwiseClone();
}
