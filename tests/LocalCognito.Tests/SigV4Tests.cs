using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace LocalCognito.Tests;

/// <summary>IAM operations over raw HTTP: no signature, an unknown key, a wrong secret, and a correct hand-made signature.</summary>
public sealed class SigV4Tests
{
    private const string Target = "AWSCognitoIdentityProviderService.ListUserPools";
    private const string Body = """{"MaxResults":10}""";

    [Fact]
    public async Task No_signature_is_a_missing_authentication_token()
    {
        await using var t = await TestServer.StartAsync();
        var (status, body, response) = await t.RawAsync(Target, Body);
        Assert.Equal(403, status);
        Assert.Equal("MissingAuthenticationTokenException", body["__type"]!.GetValue<string>());
        Assert.Equal("Missing Authentication Token", body["message"]!.GetValue<string>());
        Assert.Equal("MissingAuthenticationTokenException:", response.Headers.GetValues("x-amzn-ErrorType").Single());
    }

    [Fact]
    public async Task An_unknown_access_key_is_an_unrecognized_client()
    {
        await using var t = await TestServer.StartAsync();
        var (status, body) = await SignedAsync(t, "someone", "local", DateTimeOffset.UtcNow);
        Assert.Equal(403, status);
        Assert.Equal("UnrecognizedClientException", body["__type"]!.GetValue<string>());
        Assert.Equal("The security token included in the request is invalid.", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_wrong_secret_is_an_invalid_signature()
    {
        await using var t = await TestServer.StartAsync();
        var (status, body) = await SignedAsync(t, "local", "not-the-secret", DateTimeOffset.UtcNow);
        Assert.Equal(403, status);
        Assert.Equal("InvalidSignatureException", body["__type"]!.GetValue<string>());
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_signature_older_than_15_minutes_is_rejected_and_a_correct_one_accepted()
    {
        await using var t = await TestServer.StartAsync();
        var (stale, staleBody) = await SignedAsync(t, "local", "local", DateTimeOffset.UtcNow.AddMinutes(-16));
        Assert.Equal(403, stale);
        Assert.StartsWith("Signature expired", staleBody["message"]!.GetValue<string>());

        var (ok, okBody) = await SignedAsync(t, "local", "local", DateTimeOffset.UtcNow);
        Assert.Equal(200, ok);
        Assert.NotNull(okBody["UserPools"]);
    }

    // An independent, minimal SigV4 signer (host, x-amz-date, x-amz-target signed) for these checks.
    private static async Task<(int Status, JsonObject Body)> SignedAsync(TestServer t, string accessKey, string secret, DateTimeOffset at)
    {
        var amzDate = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'");
        var date = amzDate[..8];
        var host = t.Server.Endpoint.Authority;
        var payloadHash = Hex(SHA256.HashData(Encoding.UTF8.GetBytes(Body)));
        var canonical = $"POST\n/\n\nhost:{host}\nx-amz-date:{amzDate}\nx-amz-target:{Target}\n\nhost;x-amz-date;x-amz-target\n{payloadHash}";
        var scope = $"{date}/us-east-1/cognito-idp/aws4_request";
        var toSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Encoding.UTF8.GetBytes("AWS4" + secret);
        foreach (var part in new[] { date, "us-east-1", "cognito-idp", "aws4_request" })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(toSign)));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(Body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        request.Headers.TryAddWithoutValidation("X-Amz-Target", Target);
        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("Authorization",
            $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders=host;x-amz-date;x-amz-target, Signature={signature}");
        var response = await t.Http.SendAsync(request);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
