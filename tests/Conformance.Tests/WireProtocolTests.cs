using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Tests.Infrastructure;

namespace Conformance.Tests;

/// <summary>
/// The JSON 1.1 error envelope every client parses (body __type and message, x-amzn-ErrorType "Code:",
/// x-amzn-ErrorMessage, x-amzn-RequestId), checked on the raw HTTP the clients above see.
/// </summary>
public sealed class WireProtocolTests(LocalCognitoFixture cognito) : IClassFixture<LocalCognitoFixture>
{
    [Fact]
    public async Task An_unknown_target_is_UnknownOperationException()
    {
        var (status, headers, body) = await PostAsync("AWSCognitoIdentityProviderService.NoSuchOperation", "{}");

        AssertError(status, headers, body, HttpStatusCode.BadRequest, "UnknownOperationException");
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_SerializationException()
    {
        var (status, headers, body) = await PostAsync("AWSCognitoIdentityProviderService.SignUp", "this is not json");

        AssertError(status, headers, body, HttpStatusCode.BadRequest, "SerializationException");
    }

    [Fact]
    public async Task A_missing_required_member_is_InvalidParameterException_worded_like_the_service()
    {
        var (status, headers, body) = await PostAsync("AWSCognitoIdentityProviderService.SignUp",
            new JsonObject { ["Username"] = "someone", ["Password"] = "Irrelevant1!" }.ToJsonString());

        AssertError(status, headers, body, HttpStatusCode.BadRequest, "InvalidParameterException");
        Assert.Equal("1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null",
            body?["message"]?.GetValue<string>());
    }

    [Fact]
    public async Task A_success_carries_a_request_id()
    {
        var user = TestUser.CreateUnique("wire-ok");
        var (status, headers, body) = await PostAsync("AWSCognitoIdentityProviderService.SignUp", new JsonObject
        {
            ["ClientId"] = cognito.ClientId,
            ["Username"] = user.Username,
            ["Password"] = user.Password,
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = user.Email }),
        }.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(headers.Contains("x-amzn-RequestId"), "Every response carries x-amzn-RequestId.");
        Assert.True(body?["UserSub"] is not null, $"SignUp answers with a UserSub: {body?.ToJsonString()}");
    }

    private static void AssertError(HttpStatusCode status, HttpResponseHeaders headers, JsonObject? body, HttpStatusCode expectedStatus, string code)
    {
        var context = $"HTTP {(int)status}, body {body?.ToJsonString()}, headers {string.Join("; ", headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}"))}";
        Assert.True(status == expectedStatus, $"Expected HTTP {(int)expectedStatus}: {context}");
        var type = body?["__type"]?.GetValue<string>() ?? "";
        Assert.True(type.Split('#').Last() == code, $"Body __type must name {code}: {context}");
        Assert.False(string.IsNullOrEmpty(body?["message"]?.GetValue<string>()), $"Body must carry a message: {context}");
        Assert.True(headers.TryGetValues("x-amzn-ErrorType", out var errorType) && errorType.Single() == $"{code}:",
            $"x-amzn-ErrorType must be \"{code}:\": {context}");
        Assert.True(headers.Contains("x-amzn-ErrorMessage"), $"x-amzn-ErrorMessage must be present: {context}");
        Assert.True(headers.Contains("x-amzn-RequestId"), $"x-amzn-RequestId must be present: {context}");
    }

    private async Task<(HttpStatusCode Status, HttpResponseHeaders Headers, JsonObject? Body)> PostAsync(string target, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-amz-json-1.1");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = content };
        request.Headers.Add("X-Amz-Target", target);
        using var response = await cognito.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonObject? json;
        try
        {
            json = JsonNode.Parse(text) as JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            json = null;
        }

        return (response.StatusCode, response.Headers, json);
    }
}
