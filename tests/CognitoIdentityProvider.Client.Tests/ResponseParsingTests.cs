using Amazon.CognitoIdentityProvider.Model;
using CognitoIdentityProvider.Client.Tests.Infrastructure;

namespace CognitoIdentityProvider.Client.Tests;

/// <summary>Responses from newer service versions (unknown members) and explicit nulls parse without harm.</summary>
public sealed class ResponseParsingTests
{
    [Fact]
    public async Task SkipsMembersItDoesNotKnow()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""
            {"FutureObject":{"Nested":{"Deeper":[1,{"x":"y"}]},"Session":"not-this-one"},
             "FutureList":[{"ChallengeName":"nope"}],
             "ChallengeName":"SOFTWARE_TOKEN_MFA",
             "ChallengeParameters":{"USER_ID_FOR_SRP":"alice"},
             "Session":"the-session",
             "AuthenticationResult":{"Unknown":{"a":1},"AccessToken":"at"}}
            """);
        using var client = TestClients.For(server);

        var response = await client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = "c", AuthFlow = "USER_PASSWORD_AUTH" });

        Assert.Equal("the-session", response.Session);
        Assert.Equal("SOFTWARE_TOKEN_MFA", response.ChallengeName.Value);
        Assert.Equal("alice", Assert.Single(response.ChallengeParameters).Value);
        Assert.Equal("at", response.AuthenticationResult.AccessToken);
    }

    [Fact]
    public async Task ExplicitNullsLeaveMembersUnset()
    {
        await using var server = FakeCognitoServer.Start();
        server.EnqueueJson("""{"Session":null,"AuthenticationResult":null,"ChallengeParameters":{},"ChallengeName":"MFA_SETUP"}""");
        using var client = TestClients.For(server);

        var response = await client.InitiateAuthAsync(new InitiateAuthRequest { ClientId = "c", AuthFlow = "USER_PASSWORD_AUTH" });

        Assert.Null(response.Session);
        Assert.Null(response.AuthenticationResult);
        Assert.Empty(response.ChallengeParameters);
        Assert.Equal("MFA_SETUP", response.ChallengeName.Value);
    }
}
