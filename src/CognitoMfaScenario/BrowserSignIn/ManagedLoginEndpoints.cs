using System.Text.Json;
using System.Text.Json.Nodes;
using CognitoMfaScenario.Configuration;
using CognitoMfaScenario.Tokens;

namespace CognitoMfaScenario.BrowserSignIn;

/// <summary>The pool domain's authorize and token endpoints, and where they were found.</summary>
public sealed record ManagedLoginEndpoints(Uri Authorize, Uri Token, string Source);

/// <summary>The endpoints, or why there are none.</summary>
public sealed record ManagedLoginLookup(ManagedLoginEndpoints? Endpoints, string? WhyNone);

/// <summary>
/// Finds the pool's authorize and token endpoints the way an OpenID Connect client does: in the discovery document
/// at {issuer}/.well-known/openid-configuration. They live on the pool's domain (on AWS
/// https://&lt;prefix&gt;.auth.&lt;region&gt;.amazoncognito.com, on LocalCognito {endpoint}/domain/&lt;prefix&gt;). A pool
/// without a domain has none: Cognito's document then names addresses on cognito-idp that serve no pages, and
/// LocalCognito's names none.
/// </summary>
public sealed class ManagedLoginDiscovery(IWellKnownDocuments documents, ScenarioTarget target)
{
    private const string AuthorizePath = "/oauth2/authorize", TokenPath = "/oauth2/token";

    /// <returns>The endpoints; none when the document names none (the pool has no domain) or cannot be read, and no domain URL is configured.</returns>
    public async Task<ManagedLoginLookup> FindAsync(CancellationToken cancellationToken)
    {
        var discoveryUri = target.DiscoveryUri ?? new Uri(target.AwsIssuer + "/.well-known/openid-configuration");
        string? problem;
        try
        {
            var document = JsonNode.Parse(await documents.GetAsync(discoveryUri, cancellationToken).ConfigureAwait(false)) as JsonObject;
            var authorize = Endpoint(document, "authorization_endpoint", AuthorizePath);
            var token = Endpoint(document, "token_endpoint", TokenPath);
            if (authorize is not null && token is not null)
            {
                return new ManagedLoginLookup(new ManagedLoginEndpoints(authorize, token, $"the discovery document {discoveryUri}"), null);
            }

            problem = null; // readable, but no domain
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
            var why = problem ?? "it names no endpoints on a domain";
            return new ManagedLoginLookup(new ManagedLoginEndpoints(new Uri(root + AuthorizePath), new Uri(root + TokenPath),
                $"the configured domain {root} (the discovery document {discoveryUri}: {why})"), null);
        }

        return new ManagedLoginLookup(null, problem is null
            ? $"the pool has no domain, so no sign-in page: its discovery document {discoveryUri} names no authorize endpoint. " +
              "Deploy cdk/ again (it adds one), or create one with CreateUserPoolDomain"
            : $"the pool's discovery document {discoveryUri}, which names the sign-in page, cannot be read ({problem}). " +
              "Check the network, or set DomainBaseUrl to the pool's domain");
    }

    private static Uri? Endpoint(JsonObject? document, string name, string path) =>
        document?[name] is JsonValue value && value.TryGetValue<string>(out var text)
        && Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
        && uri.AbsolutePath.EndsWith(path, StringComparison.Ordinal)
            ? uri
            : null;
}
