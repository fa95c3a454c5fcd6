namespace LocalCognito;

/// <summary>Facts about the running server that services need: its region and the base URL tokens name as issuer.</summary>
public sealed class ServerInfo(string region)
{
    public string Region { get; } = region;

    /// <summary>http://127.0.0.1:port/ once Kestrel is listening.</summary>
    public Uri Endpoint { get; set; } = new("http://127.0.0.1/");

    /// <summary>The token issuer for a pool: &lt;Endpoint&gt;/&lt;poolId&gt; (real Cognito: https://cognito-idp.{region}.amazonaws.com/{poolId}).</summary>
    public string IssuerFor(string poolId) => Endpoint.ToString().TrimEnd('/') + "/" + poolId;
}
