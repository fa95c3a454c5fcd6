namespace CognitoMfaScenario.Tokens;

/// <summary>
/// Fetches a user pool's published JSON documents: its OpenID discovery document (issuer, jwks_uri) and its JSON Web
/// Key Set (the keys its tokens are signed with).
/// </summary>
public interface IWellKnownDocuments
{
    /// <summary>The document at <paramref name="address"/>, as JSON text.</summary>
    Task<string> GetAsync(Uri address, CancellationToken cancellationToken);
}

/// <summary>Fetches the documents over HTTP(S): from AWS, or from a local endpoint (through whatever proxy it is).</summary>
public sealed class HttpWellKnownDocuments(HttpClient httpClient) : IWellKnownDocuments
{
    /// <inheritdoc />
    public Task<string> GetAsync(Uri address, CancellationToken cancellationToken) =>
        httpClient.GetStringAsync(address, cancellationToken);
}
