using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Errors;
using CognitoMfaScenario.Tokens;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>The pool domain's authorize and token endpoints.</summary>
public sealed record ManagedLoginEndpoints(Uri Authorize, Uri Token, string Source);

/// <summary>
/// Finds the pool's authorize and token endpoints the way an OpenID Connect client does: in the discovery document
/// at {issuer}/.well-known/openid-configuration. They live on the pool's domain (on AWS
/// https://&lt;prefix&gt;.auth.&lt;region&gt;.amazoncognito.com, on LocalCognito {endpoint}/domain/&lt;prefix&gt;). A pool
/// without a domain has none: Cognito's document then names addresses on cognito-idp that serve no pages.
/// </summary>
public sealed class ManagedLoginDiscovery(IWellKnownDocuments documents, ScenarioTarget target)
{
    private const string AuthorizePath = "/oauth2/authorize", TokenPath = "/oauth2/token";

    /// <exception cref="ScenarioException">Neither the discovery document nor the configured domain URL gives the endpoints.</exception>
    public async Task<ManagedLoginEndpoints> FindAsync(CancellationToken cancellationToken)
    {
        var discoveryUri = target.DiscoveryUri ?? new Uri(target.AwsIssuer + "/.well-known/openid-configuration");
        string problem;
        try
        {
            var document = JsonNode.Parse(await documents.GetAsync(discoveryUri, cancellationToken).ConfigureAwait(false)) as JsonObject;
            var authorize = Endpoint(document, "authorization_endpoint", AuthorizePath);
            var token = Endpoint(document, "token_endpoint", TokenPath);
            if (authorize is not null && token is not null)
            {
                return new ManagedLoginEndpoints(authorize, token, $"the discovery document {discoveryUri}");
            }

            problem = "it names no authorize and token endpoints on a user pool domain: the pool has no domain";
        }
        catch (HttpRequestException exception)
        {
            problem = exception.Message.TrimEnd('.');
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            problem = "no answer in time";
        }
        catch (JsonException)
        {
            problem = "the answer is not JSON";
        }

        if (target.DomainBaseUrl is { } domain)
        {
            var root = domain.AbsoluteUri.TrimEnd('/');
            return new ManagedLoginEndpoints(new Uri(root + AuthorizePath), new Uri(root + TokenPath), $"the domain {root} (the discovery document {discoveryUri}: {problem})");
        }

        throw new ScenarioException(
            $"Cannot find the pool's sign-in pages: the discovery document {discoveryUri} could not be used ({problem}). " +
            "Give the pool a domain (deploy cdk/ again: it creates one; or CreateUserPoolDomain), or set DomainBaseUrl.");
    }

    private static Uri? Endpoint(JsonObject? document, string name, string path) =>
        document?[name] is JsonValue value && value.TryGetValue<string>(out var text)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.AbsolutePath.EndsWith(path, StringComparison.Ordinal)
            ? uri
            : null;
}
