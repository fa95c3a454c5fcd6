using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoMfaScenario.Configuration;

namespace CognitoMfaScenario.Tokens;

/// <summary>
/// Decides which issuer the pool's tokens must name and where its keys are. On AWS that is Cognito's documented
/// issuer, https://cognito-idp.&lt;region&gt;.amazonaws.com/&lt;poolId&gt;. At an endpoint it is what the endpoint
/// reports in &lt;endpoint&gt;/&lt;poolId&gt;/.well-known/openid-configuration: behind a proxy, or with a public URL
/// configured, the issuer need not be the address the scenario calls, so guessing it from that address fails.
/// Asked once per run.
/// </summary>
public sealed class IssuerDiscovery(IWellKnownDocuments documents, ScenarioTarget target)
{
    private TokenTrust? _trust;

    /// <summary>The issuer and keys to check tokens against; never throws for an unreadable discovery document.</summary>
    public async Task<TokenTrust> GetAsync(CancellationToken cancellationToken)
    {
        if (_trust is not null)
        {
            return _trust;
        }

        if (target.DiscoveryUri is not { } discoveryUri)
        {
            return _trust = new TokenTrust([target.AwsIssuer], target.JwksUri, "Cognito's issuer for the pool");
        }

        string? problem;
        try
        {
            var json = await documents.GetAsync(discoveryUri, cancellationToken).ConfigureAwait(false);
            var (issuer, jwksUri, invalid) = Read(json);
            if (invalid is null)
            {
                return _trust = new TokenTrust([issuer!], jwksUri!, $"as {discoveryUri} reports it");
            }

            problem = invalid;
        }
        catch (HttpRequestException exception)
        {
            problem = exception.Message.TrimEnd('.'); // it goes inside a sentence
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            problem = "no answer in time";
        }
        catch (JsonException)
        {
            problem = "the answer is not JSON";
        }

        // Without the document, fall back to the addresses the issuer usually has, and say that they are a guess.
        return _trust = new TokenTrust(target.AssumedIssuers, target.JwksUri,
            $"assumed: the discovery document {discoveryUri} could not be read ({problem})");
    }

    /// <summary>The issuer and jwks_uri of a discovery document, or what is wrong with it.</summary>
    private (string? Issuer, Uri? JwksUri, string? Problem) Read(string json)
    {
        if (JsonNode.Parse(json) is not JsonObject document)
        {
            return (null, null, "the answer is not a JSON object");
        }

        var issuer = Text(document, "issuer");
        if (!IsHttpUrl(issuer))
        {
            return (null, null, "it names no http(s) issuer");
        }

        // Cognito's issuer ends with the pool id; another one means the document describes another pool.
        if (!issuer!.EndsWith("/" + target.PoolId, StringComparison.Ordinal))
        {
            return (null, null, $"its issuer {issuer} is not pool {target.PoolId}'s");
        }

        var jwksUri = Text(document, "jwks_uri");
        return IsHttpUrl(jwksUri)
            ? (issuer, new Uri(jwksUri!), null)
            : (null, null, "it names no http(s) jwks_uri");
    }

    private static string? Text(JsonObject document, string name) =>
        document[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    private static bool IsHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";
}
