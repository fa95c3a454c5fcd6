using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>The SDK's standard retry mode applies: 5xx and throttling are retried up to MaxErrorRetry, client errors are not.</summary>
public sealed class RetryTests
{
    private const string ThrottledBody = """{"__type":"TooManyRequestsException","message":"Too many requests"}""";

    [Fact]
    public async Task RetriesAServerErrorAndSucceeds()
    {
        await using var server = FakeCognitoServer.Start();
        server.Enqueue(new CannedResponse(500, """{"__type":"InternalErrorException","message":"boom"}"""));
        server.EnqueueJson("""{"Username":"alice","UserAttributes":[]}""");
        using var client = TestClients.For(server, maxErrorRetry: 2);

        var response = await client.GetUserAsync(new GetUserRequest { AccessToken = "at" });

        Assert.Equal("alice", response.Username);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(server.Requests[0].Body, server.Requests[1].Body);
    }

    [Fact]
    public async Task RetriesThrottlingAndResignsEachAttempt()
    {
        await using var server = FakeCognitoServer.Start();
        server.Enqueue(new CannedResponse(400, ThrottledBody));
        server.EnqueueJson("""{"Users":[]}""");
        using var client = TestClients.For(server, maxErrorRetry: 2);

        var response = await client.ListUsersAsync(new ListUsersRequest { UserPoolId = "us-east-1_AbC123xyZ" });

        Assert.Empty(response.Users);
        Assert.Equal(2, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.StartsWith("AWS4-HMAC-SHA256 ", r.Header("Authorization")));
    }

    [Fact]
    public async Task GivesUpAfterMaxErrorRetry()
    {
        await using var server = FakeCognitoServer.Start();
        for (var i = 0; i < 5; i++)
        {
            server.Enqueue(new CannedResponse(503, """{"__type":"InternalErrorException","message":"unavailable"}"""));
        }
        using var client = TestClients.For(server, maxErrorRetry: 2);

        var error = await Assert.ThrowsAsync<InternalErrorException>(() => client.GetUserAsync(new GetUserRequest { AccessToken = "at" }));

        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task DoesNotRetryClientErrors()
    {
        await using var server = FakeCognitoServer.Start();
        server.Enqueue(new CannedResponse(400, """{"__type":"NotAuthorizedException","message":"Incorrect username or password."}"""));
        using var client = TestClients.For(server, maxErrorRetry: 2);

        await Assert.ThrowsAsync<NotAuthorizedException>(() => client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = "c",
            AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
        }));

        Assert.Single(server.Requests);
    }
}
