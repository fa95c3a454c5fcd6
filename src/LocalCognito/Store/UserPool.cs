using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>A user pool: its settings in wire format (as CreateUserPool received them) plus what the server derives.</summary>
public sealed class UserPool
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    /// <summary>The CreateUserPool request members other than PoolName, kept verbatim for DescribeUserPool.</summary>
    public JsonObject Settings { get; set; } = new();
    public string MfaConfiguration { get; set; } = "OFF";
    public bool SoftwareTokenMfaEnabled { get; set; }
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }
    /// <summary>The pool's RSA signing key (PKCS#8, base64) and its key id, as published in the JWKS.</summary>
    public required string SigningKeyPkcs8 { get; set; }
    public required string SigningKeyId { get; set; }

    /// <summary>The SRP realm: the part of the pool id after the underscore.</summary>
    public string SrpRealm => Id[(Id.IndexOf('_') + 1)..];

    public bool UsernamesCaseSensitive =>
        Settings["UsernameConfiguration"]?["CaseSensitive"]?.GetValue<bool>() ?? true;

    public bool DeviceTrackingEnabled => Settings["DeviceConfiguration"] is JsonObject;

    public bool DeviceOnlyRememberedOnUserPrompt =>
        Settings["DeviceConfiguration"]?["DeviceOnlyRememberedOnUserPrompt"]?.GetValue<bool>() ?? false;

    public IReadOnlyList<string> AutoVerifiedAttributes =>
        Settings["AutoVerifiedAttributes"] is JsonArray attributes ? attributes.Select(attribute => attribute!.GetValue<string>()).ToList() : [];

    public IEnumerable<string> RequiredAttributes =>
        Settings["Schema"] is JsonArray schema
            ? schema.OfType<JsonObject>()
                .Where(attribute => attribute["Required"]?.GetValue<bool>() == true)
                .Select(attribute => attribute["Name"]!.GetValue<string>())
            : [];

    /// <summary>A copy to change (the store never changes a pool it has handed out).</summary>
    internal UserPool Copy()
    {
        var copy = (UserPool)MemberwiseClone();
        copy.Settings = (JsonObject)Settings.DeepClone();
        return copy;
    }

    /// <summary>How user names are compared: lower-cased when the pool is case-insensitive.</summary>
    public string UsernameKey(string username) =>
        UsernamesCaseSensitive ? username : username.ToLowerInvariant();
}
