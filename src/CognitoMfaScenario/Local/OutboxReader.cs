using System.Net.Http.Json;
using System.Text.Json;
using CognitoMfaScenario.Errors;

namespace CognitoMfaScenario.Local;

/// <summary>
/// Reads LocalCognito's outbox over HTTP (GET {endpoint}_local/outbox), so it works the same for
/// the embedded server and a standalone one given with --endpoint.
/// </summary>
public sealed class OutboxReader(HttpClient httpClient, Uri endpoint) : IConfirmationMailbox
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Whether the endpoint answers the outbox request (i.e. is a LocalCognito).</summary>
    /// <exception cref="ScenarioException">Nothing answers at the endpoint at all (refused, unknown host).</exception>
    public async Task<bool> IsAvailableAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await httpClient.GetAsync(OutboxUri(null), cancellationToken).ConfigureAwait(false);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError)
        {
            // Said here, before "no outbox" turns into advice about --admin-confirm that would not help.
            throw new ScenarioException(
                $"Cannot reach the endpoint {endpoint} ({e.Message}): start LocalCognito there (it prints its URL) or correct --endpoint.", e);
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false; // timed out: treat as "no outbox"
        }
    }

    /// <inheritdoc />
    public async Task<LocalEmail?> LatestForAsync(string poolId, string username, CancellationToken cancellationToken)
    {
        var query = $"?username={Uri.EscapeDataString(username)}&poolId={Uri.EscapeDataString(poolId)}";
        var messages = await httpClient.GetFromJsonAsync<List<LocalEmail>>(OutboxUri(query), Json, cancellationToken)
            .ConfigureAwait(false);

        // The server filters too, but a standalone server of another version might not: filter again.
        return messages?
            .Where(m => string.Equals(m.Username, username, StringComparison.OrdinalIgnoreCase)
                        && string.Equals(m.PoolId, poolId, StringComparison.Ordinal))
            .OrderBy(m => m.SentAt)
            .LastOrDefault();
    }

    private Uri OutboxUri(string? query)
    {
        var root = endpoint.AbsoluteUri.EndsWith('/') ? endpoint : new Uri(endpoint.AbsoluteUri + "/");
        return new Uri(root, "_local/outbox" + query);
    }
}
