namespace CognitoMfaScenario.Tokens;

/// <summary>Fetches a JSON Web Key Set (the keys a user pool signs its tokens with).</summary>
public interface IJwksSource
{
    /// <summary>The JWKS document as JSON.</summary>
    Task<string> GetAsync(Uri jwksUri, CancellationToken cancellationToken);
}

/// <summary>Fetches the JWKS over HTTP(S): from AWS, or from a local endpoint.</summary>
public sealed class HttpJwksSource(HttpClient httpClient) : IJwksSource
{
    /// <inheritdoc />
    public Task<string> GetAsync(Uri jwksUri, CancellationToken cancellationToken) =>
        httpClient.GetStringAsync(jwksUri, cancellationToken);
}
