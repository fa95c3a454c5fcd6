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
    /// <summary>Email MFA (EMAIL_OTP) is on: SetUserPoolMfaConfig received an EmailMfaConfiguration.</summary>
    public bool EmailMfaEnabled { get; set; }
    /// <summary>The subject and message (with {####}) of MFA and sign-in code emails; null = Cognito's default text.</summary>
    public string? EmailMfaSubject { get; set; }
    public string? EmailMfaMessage { get; set; }
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }
    /// <summary>The pool's RSA signing key (PKCS#8, base64) and its key id, as published in the JWKS.</summary>
    public required string SigningKeyPkcs8 { get; set; }
    public required string SigningKeyId { get; set; }

    /// <summary>The SRP realm: the part of the pool id after the underscore.</summary>
    public string SrpRealm => Id[(Id.IndexOf('_') + 1)..];

    public bool UsernamesCaseSensitive =>
        Settings["UsernameConfiguration"]?["CaseSensitive"]?.GetValue<bool>() ?? true;

    /// <summary>UsernameAttributes: email and/or phone_number stand in for a user name Cognito generates.</summary>
    public IReadOnlyList<string> UsernameAttributes => Strings("UsernameAttributes");

    /// <summary>AliasAttributes: email, phone_number and/or preferred_username sign in besides the user name.</summary>
    public IReadOnlyList<string> AliasAttributes => Strings("AliasAttributes");

    public bool DeviceTrackingEnabled => Settings["DeviceConfiguration"] is JsonObject;

    /// <summary>ChallengeRequiredOnNewDevice: a remembered device signs in (DEVICE_SRP_AUTH) in place of MFA only when true.</summary>
    public bool RememberedDeviceReplacesMfa =>
        Settings["DeviceConfiguration"]?["ChallengeRequiredOnNewDevice"]?.GetValue<bool>() ?? false;

    public bool DeviceOnlyRememberedOnUserPrompt =>
        Settings["DeviceConfiguration"]?["DeviceOnlyRememberedOnUserPrompt"]?.GetValue<bool>() ?? false;

    /// <summary>The feature plan; Cognito's default is ESSENTIALS.</summary>
    public string Tier => Settings["UserPoolTier"]?.GetValue<string>() ?? "ESSENTIALS";

    /// <summary>Email MFA, email OTP sign-in and USER_AUTH need the Essentials or Plus plan.</summary>
    public bool TierHasChoiceBasedSignIn => Tier is "ESSENTIALS" or "PLUS";

    /// <summary>Cognito sends MFA and sign-in codes by email only through the pool's own Amazon SES identity.</summary>
    public bool SendsEmailThroughSes => Settings["EmailConfiguration"]?["EmailSendingAccount"]?.GetValue<string>() == "DEVELOPER";

    /// <summary>SignInPolicy.AllowedFirstAuthFactors for USER_AUTH; without a policy Cognito allows PASSWORD only.</summary>
    public IReadOnlyList<string> AllowedFirstAuthFactors =>
        Settings["Policies"]?["SignInPolicy"]?["AllowedFirstAuthFactors"] is JsonArray factors
            ? factors.Select(factor => factor!.GetValue<string>()).ToList()
            : ["PASSWORD"];

    /// <summary>The MFA factors users of this pool may set up, in the order MFAS_CAN_SETUP lists them.</summary>
    public IReadOnlyList<string> MfaFactorsOffered =>
        [.. SoftwareTokenMfaEnabled ? new[] { "SOFTWARE_TOKEN_MFA" } : [], .. EmailMfaEnabled ? new[] { "EMAIL_OTP" } : []];

    public IReadOnlyList<string> AutoVerifiedAttributes => Strings("AutoVerifiedAttributes");

    public IEnumerable<string> RequiredAttributes =>
        Settings["Schema"] is JsonArray schema
            ? schema.OfType<JsonObject>()
                .Where(attribute => attribute["Required"]?.GetValue<bool>() == true)
                .Select(attribute => attribute["Name"]!.GetValue<string>())
            : [];

    /// <summary>The pool's tags (UserPoolTags), by key.</summary>
    public Dictionary<string, string> Tags() =>
        Settings["UserPoolTags"] is JsonObject tags
            ? tags.Where(tag => tag.Value is JsonValue).ToDictionary(tag => tag.Key, tag => tag.Value!.GetValue<string>(), StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A copy to change (the store never changes a pool it has handed out).</summary>
    internal UserPool Copy()
    {
        var copy = (UserPool)MemberwiseClone();
        copy.Settings = (JsonObject)Settings.DeepClone();
        return copy;
    }

    private List<string> Strings(string member) =>
        Settings[member] is JsonArray items ? items.Select(item => item!.GetValue<string>()).ToList() : [];

    /// <summary>How user names are compared: lower-cased when the pool is case-insensitive.</summary>
    public string UsernameKey(string username) =>
        UsernamesCaseSensitive ? username : username.ToLowerInvariant();
}
