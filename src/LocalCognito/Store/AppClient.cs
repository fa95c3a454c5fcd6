using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>An app client of a user pool.</summary>
public sealed class AppClient
{
    public required string ClientId { get; set; }
    public required string UserPoolId { get; set; }
    public required string ClientName { get; set; }
    /// <summary>The client's first secret, as DescribeUserPoolClient reports it; null for a public client.</summary>
    public string? ClientSecret { get; set; }
    /// <summary>The id and date of <see cref="ClientSecret"/>; null on clients stored before rotation existed (then derived).</summary>
    public string? ClientSecretId { get; set; }
    public DateTimeOffset? ClientSecretCreateDate { get; set; }
    /// <summary>Secrets added by AddUserPoolClientSecret for rotation; every one of them is accepted like ClientSecret.</summary>
    public List<ClientSecretEntry> AddedSecrets { get; set; } = [];
    public List<string> ExplicitAuthFlows { get; set; } = [];
    /// <summary>The CreateUserPoolClient request members not modelled above, kept for DescribeUserPoolClient.</summary>
    public JsonObject Settings { get; set; } = new();
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }

    public int AuthSessionValidityMinutes => Settings["AuthSessionValidity"]?.GetValue<int>() ?? 3;

    public bool PreventUserExistenceErrors =>
        Settings["PreventUserExistenceErrors"]?.GetValue<string>() == "ENABLED";

    public TimeSpan AccessTokenValidity => Validity("AccessTokenValidity", "AccessToken", 60, "minutes");
    public TimeSpan IdTokenValidity => Validity("IdTokenValidity", "IdToken", 60, "minutes");
    public TimeSpan RefreshTokenValidity => Validity("RefreshTokenValidity", "RefreshToken", 30, "days");

    /// <summary>On unless the client was created or updated with EnableTokenRevocation false.</summary>
    public bool TokenRevocationEnabled => Settings["EnableTokenRevocation"]?.GetValue<bool>() ?? true;

    public bool RefreshTokenRotationEnabled => Settings["RefreshTokenRotation"]?["Feature"]?.GetValue<string>() == "ENABLED";

    public TimeSpan RefreshTokenRetryGracePeriod =>
        TimeSpan.FromSeconds(Settings["RefreshTokenRotation"]?["RetryGracePeriodSeconds"]?.GetValue<int>() ?? 0);

    /// <summary>The unit a validity is counted in, as DescribeUserPoolClient reports it.</summary>
    public string ValidityUnit(string unitMember) => unitMember switch
    {
        "AccessToken" => Unit("AccessTokenValidity", unitMember, "minutes"),
        "IdToken" => Unit("IdTokenValidity", unitMember, "minutes"),
        _ => Unit("RefreshTokenValidity", unitMember, "days"),
    };

    /// <summary>Every active secret, the first one first; empty for a public client.</summary>
    public IReadOnlyList<ClientSecretEntry> Secrets() => ClientSecret is null
        ? []
        : [new ClientSecretEntry(ClientSecretId ?? $"{ClientId}--{CreationDate.ToUnixTimeMilliseconds()}", ClientSecret,
            ClientSecretCreateDate ?? CreationDate), .. AddedSecrets];

    public bool AllowsFlow(string explicitFlow) => ExplicitAuthFlows.Contains(explicitFlow);

    // Cognito's units default to hours for access/id tokens and days for refresh tokens when a value is given without units.
    private TimeSpan Validity(string member, string unitMember, int defaultValue, string defaultUnit)
    {
        var amount = Settings[member]?.GetValue<int>() ?? defaultValue;
        var unit = Unit(member, unitMember, defaultUnit);
        return unit switch
        {
            "seconds" => TimeSpan.FromSeconds(amount),
            "minutes" => TimeSpan.FromMinutes(amount),
            "hours" => TimeSpan.FromHours(amount),
            _ => TimeSpan.FromDays(amount),
        };
    }

    private string Unit(string member, string unitMember, string defaultUnit) =>
        Settings["TokenValidityUnits"]?[unitMember]?.GetValue<string>()
        ?? (Settings[member] is null ? defaultUnit : unitMember == "RefreshToken" ? "days" : "hours");
}
