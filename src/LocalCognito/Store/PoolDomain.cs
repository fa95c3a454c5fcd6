namespace LocalCognito.Store;

/// <summary>A user pool domain: a prefix ("myprefix", Cognito's myprefix.auth.{region}.amazoncognito.com) or a custom domain.</summary>
public sealed class PoolDomain
{
    public required string Domain { get; set; }
    public required string UserPoolId { get; set; }
    /// <summary>CustomDomainConfig.CertificateArn; null for a prefix domain.</summary>
    public string? CertificateArn { get; set; }
    /// <summary>1 = classic hosted UI, 2 = managed login.</summary>
    public int ManagedLoginVersion { get; set; } = 1;
    public DateTimeOffset CreationDate { get; set; }

    public bool IsCustom => CertificateArn is not null;

    internal PoolDomain Copy() => (PoolDomain)MemberwiseClone();
}
