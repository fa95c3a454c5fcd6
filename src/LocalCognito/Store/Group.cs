namespace LocalCognito.Store;

/// <summary>A user pool group; members are listed on each user (<see cref="User.Groups"/>).</summary>
public sealed class Group
{
    public required string UserPoolId { get; set; }
    public required string GroupName { get; set; }
    public string? Description { get; set; }
    public string? RoleArn { get; set; }
    /// <summary>Lower wins; null ranks after every number.</summary>
    public int? Precedence { get; set; }
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }

    internal Group Copy() => (Group)MemberwiseClone();
}
