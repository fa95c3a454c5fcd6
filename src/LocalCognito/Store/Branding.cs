using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>A managed login branding style of an app client: stored and returned, not rendered by the local pages.</summary>
public sealed class Branding
{
    public required string Id { get; set; }
    public required string UserPoolId { get; set; }
    public required string ClientId { get; set; }
    public bool UseCognitoProvidedValues { get; set; }
    public JsonNode? Settings { get; set; }
    public JsonArray Assets { get; set; } = [];
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }
}

/// <summary>The classic hosted UI's CSS and logo for a pool ("ALL") or one app client.</summary>
public sealed class UiCustomization
{
    public required string UserPoolId { get; set; }
    /// <summary>A client id, or "ALL" for the pool's default.</summary>
    public required string ClientId { get; set; }
    public string? Css { get; set; }
    /// <summary>The logo, base64 as it came on the wire.</summary>
    public string? ImageFile { get; set; }
    public DateTimeOffset CreationDate { get; set; }
    public DateTimeOffset LastModifiedDate { get; set; }
}
