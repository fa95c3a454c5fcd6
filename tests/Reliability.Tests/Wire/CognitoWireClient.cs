using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Reliability.Tests.Wire;

/// <summary>
/// A deliberately small Cognito client that speaks the JSON 1.1 wire protocol directly
/// (POST /, X-Amz-Target, SigV4 for IAM operations), so these tests do not depend on the
/// project's client library and can also send requests no SDK would.
/// </summary>
public sealed class CognitoWireClient(HttpClient http, Uri endpoint, SigV4Signer signer)
{
    public const string JsonContentType = "application/x-amz-json-1.1";
    public const string TargetPrefix = "AWSCognitoIdentityProviderService.";

    // Operations the service model marks as unauthenticated (smithy.api#noAuth); every other one needs SigV4.
    private static readonly HashSet<string> UnsignedOperations =
    [
        "AssociateSoftwareToken", "ChangePassword", "ConfirmDevice", "ConfirmForgotPassword", "ConfirmSignUp",
        "DeleteUser", "DeleteUserAttributes", "ForgetDevice", "ForgotPassword", "GetDevice", "GetUser",
        "GlobalSignOut", "InitiateAuth", "ListDevices", "ResendConfirmationCode", "RespondToAuthChallenge",
        "RevokeToken", "SetUserMFAPreference", "SetUserSettings", "SignUp", "UpdateDeviceStatus",
        "UpdateUserAttributes", "VerifySoftwareToken", "VerifyUserAttribute",
    ];

    public Uri Endpoint => endpoint;

    public static bool NeedsSignature(string operation) => !UnsignedOperations.Contains(operation);

    /// <summary>Calls an operation the way an SDK would and returns the response object; throws on any non-200.</summary>
    public async Task<JsonObject> CallAsync(string operation, JsonObject body, CancellationToken ct = default)
    {
        var response = await SendAsync(operation, body, ct).ConfigureAwait(false);
        if (!response.IsSuccess)
        {
            throw new WireCallException(operation, response);
        }
        return response.TryParseObject() ?? throw new WireCallException(operation, response);
    }

    /// <summary>Sends a well-formed call (signed when the operation needs it) and returns the raw answer.</summary>
    public Task<WireResponse> SendAsync(string operation, JsonObject body, CancellationToken ct = default)
    {
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        var request = CreateRequest(TargetPrefix + operation, bytes);
        if (NeedsSignature(operation))
        {
            Sign(request, TargetPrefix + operation, bytes, signer, DateTimeOffset.UtcNow);
        }
        return SendRawAsync(request, ct);
    }

    /// <summary>A POST / with the JSON 1.1 content type and, when given, an X-Amz-Target; nothing signed.</summary>
    public HttpRequestMessage CreateRequest(string? target, byte[] body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonContentType);
        if (target is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        }
        return request;
    }

    /// <summary>Adds X-Amz-Date and a SigV4 Authorization header computed with the given signer.</summary>
    public void Sign(HttpRequestMessage request, string target, byte[] body, SigV4Signer with, DateTimeOffset at)
    {
        var amzDate = SigV4Signer.AmzDate(at);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization", with.Authorization(endpoint.Authority, amzDate, target, body));
    }

    public async Task<WireResponse> SendRawAsync(HttpRequestMessage request, CancellationToken ct = default)
    {
        using (request)
        using (var response = await http.SendAsync(request, ct).ConfigureAwait(false))
        {
            var body = await response.Content.ReadAsStringAsync(ct).ConfigureAwait(false);
            return new WireResponse(
                response.StatusCode,
                body,
                FirstHeader(response, "x-amzn-ErrorType"),
                FirstHeader(response, "x-amzn-RequestId"));
        }
    }

    /// <summary>The messages LocalCognito "sent" (GET /_local/outbox), oldest first, optionally for one user.</summary>
    public async Task<JsonArray> OutboxAsync(string? username = null, CancellationToken ct = default)
    {
        var uri = new Uri(endpoint, username is null ? "_local/outbox" : $"_local/outbox?username={Uri.EscapeDataString(username)}");
        using var response = await http.GetAsync(uri, ct).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        return await JsonSerializer.DeserializeAsync<JsonArray>(stream, cancellationToken: ct).ConfigureAwait(false)
               ?? [];
    }

    private static string? FirstHeader(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
