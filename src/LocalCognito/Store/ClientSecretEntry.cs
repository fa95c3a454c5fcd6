namespace LocalCognito.Store;

/// <summary>One secret of an app client: its id (for DeleteUserPoolClientSecret), value and creation date.</summary>
public sealed record ClientSecretEntry(string Id, string Value, DateTimeOffset CreateDate);
