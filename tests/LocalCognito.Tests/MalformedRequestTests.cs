using System.Text.Json.Nodes;

namespace LocalCognito.Tests;

/// <summary>Bad input gets the real error, every response carries the AWS headers, and the server keeps serving.</summary>
public sealed class MalformedRequestTests
{
    private const string SignUp = "AWSCognitoIdentityProviderService.SignUp";

    private static async Task AssertStillServingAsync(TestServer t)
    {
        var (status, body, _) = await t.RawAsync(SignUp, new JsonObject
        {
            ["ClientId"] = t.ClientId,
            ["Username"] = "after-" + Guid.NewGuid().ToString("N"),
            ["Password"] = TestServer.Password,
            ["UserAttributes"] = new JsonArray(new JsonObject { ["Name"] = "email", ["Value"] = "after@example.com" }),
        }.ToJsonString());
        Assert.Equal(200, status);
        Assert.False(body["UserConfirmed"]!.GetValue<bool>());
    }

    private static async Task<JsonObject> ErrorAsync(TestServer t, string? target, string payload, string expectedType)
    {
        var (status, body, response) = await t.RawAsync(target, payload);
        Assert.Equal(400, status);
        Assert.Equal(expectedType, body["__type"]!.GetValue<string>());
        Assert.Equal(expectedType + ":", response.Headers.GetValues("x-amzn-ErrorType").Single());
        Assert.True(response.Headers.Contains("x-amzn-ErrorMessage"));
        Assert.True(response.Headers.Contains("x-amzn-RequestId"));
        return body;
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_serialization_error()
    {
        await using var t = await TestServer.StartAsync();
        await ErrorAsync(t, SignUp, "{not json", "SerializationException");
        await ErrorAsync(t, SignUp, "[1,2]", "SerializationException");
        await AssertStillServingAsync(t);
    }

    [Fact]
    public async Task An_unknown_or_missing_target_is_an_unknown_operation()
    {
        await using var t = await TestServer.StartAsync();
        await ErrorAsync(t, "AWSCognitoIdentityProviderService.MakeCoffee", "{}", "UnknownOperationException");
        await ErrorAsync(t, null, "{}", "UnknownOperationException");
        await ErrorAsync(t, "SomeOtherService.SignUp", "{}", "UnknownOperationException");
        await AssertStillServingAsync(t);
    }

    [Fact]
    public async Task A_missing_member_names_it_like_AWS()
    {
        await using var t = await TestServer.StartAsync();
        var body = await ErrorAsync(t, "AWSCognitoIdentityProviderService.InitiateAuth", """{"AuthFlow":"USER_PASSWORD_AUTH"}""", "InvalidParameterException");
        Assert.Equal("1 validation error detected: Value null at 'clientId' failed to satisfy constraint: Member must not be null",
            body["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task Wrong_types_enums_and_lengths_are_invalid_parameters()
    {
        await using var t = await TestServer.StartAsync();
        var wrongType = await ErrorAsync(t, "AWSCognitoIdentityProviderService.InitiateAuth",
            """{"ClientId":123,"AuthFlow":"USER_PASSWORD_AUTH"}""", "InvalidParameterException");
        Assert.Contains("'clientId'", wrongType["message"]!.GetValue<string>());

        var badEnum = await ErrorAsync(t, "AWSCognitoIdentityProviderService.InitiateAuth",
            $$"""{"ClientId":"{{t.ClientId}}","AuthFlow":"MAGIC"}""", "InvalidParameterException");
        Assert.Contains("Value 'MAGIC' at 'authFlow' failed to satisfy constraint: Member must satisfy enum value set:", badEnum["message"]!.GetValue<string>());

        var huge = new string('a', 200_000);
        var tooLong = await ErrorAsync(t, SignUp,
            $$"""{"ClientId":"{{t.ClientId}}","Username":"{{huge}}","Password":"Passw0rd!"}""", "InvalidParameterException");
        // Username is sensitive: its value is not echoed.
        Assert.Equal("1 validation error detected: Value at 'username' failed to satisfy constraint: Member must have length less than or equal to 128",
            tooLong["message"]!.GetValue<string>());

        var pattern = await ErrorAsync(t, "AWSCognitoIdentityProviderService.VerifySoftwareToken",
            """{"Session":"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx","UserCode":"12a456"}""", "InvalidParameterException");
        Assert.Equal("1 validation error detected: Value at 'userCode' failed to satisfy constraint: Member must satisfy regular expression pattern: [0-9]+",
            pattern["message"]!.GetValue<string>());
        await AssertStillServingAsync(t);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_answered_and_the_connection_stays_usable()
    {
        await using var t = await TestServer.StartAsync();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var body = await ErrorAsync(t, SignUp, "{\"Username\":\"" + new string('a', 8 * 1024 * 1024) + "\"}", "InvalidParameterException");
            Assert.Contains("larger than", body["message"]!.GetValue<string>());
            await AssertStillServingAsync(t);
        }
    }

    [Fact]
    public async Task An_empty_body_counts_as_an_empty_object()
    {
        await using var t = await TestServer.StartAsync();
        var body = await ErrorAsync(t, SignUp, "", "InvalidParameterException");
        Assert.StartsWith("2 validation errors detected: Value null at 'clientId'", body["message"]!.GetValue<string>());
    }
}
