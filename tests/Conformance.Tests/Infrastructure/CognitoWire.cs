using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Bare JSON 1.1 calls for test set-up only (unsigned operations). The behaviour under test is always
/// driven by an outside client; this only prepares users quickly without depending on our own client library.
/// </summary>
public sealed class CognitoWire(HttpClient http)
{
    private static readonly MediaTypeHeaderValue AmzJson = new("application/x-amz-json-1.1");

    public async Task<JsonObject> CallAsync(string operation, JsonObject request)
    {
        using var content = new StringContent(request.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = AmzJson;
        using var message = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        message.Headers.Add("X-Amz-Target", $"AWSCognitoIdentityProviderService.{operation}");
        using var response = await http.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        JsonObject? json = null;
        try
        {
            json = JsonNode.Parse(body) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            // reported below
        }

        if (!response.IsSuccessStatusCode || json is null)
        {
            Assert.Fail($"Test set-up call {operation} failed: HTTP {(int)response.StatusCode}, " +
                $"{json?["__type"]} {json?["message"]}{(json is null ? " (body is not JSON)" : "")}");
        }

        return json!;
    }
}
