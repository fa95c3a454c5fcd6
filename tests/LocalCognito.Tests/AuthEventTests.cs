using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>AdminListUserAuthEvents from the sign-ins LocalCognito saw, and feedback on them.</summary>
public sealed class AuthEventTests
{
    private static async Task<(string PoolId, string ClientId)> ProtectedPoolAsync(TestServer t, string mode)
    {
        var pool = (await t.Client.CreateUserPoolAsync(new CreateUserPoolRequest
        {
            PoolName = "protected", UserPoolTier = UserPoolTierType.PLUS,
            UserPoolAddOns = new UserPoolAddOnsType { AdvancedSecurityMode = new AdvancedSecurityModeType(mode) },
        })).UserPool;
        var client = (await t.Client.CreateUserPoolClientAsync(new CreateUserPoolClientRequest
        {
            UserPoolId = pool.Id, ClientName = "app", ExplicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
        })).UserPoolClient;
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest { UserPoolId = pool.Id, Username = "eve", MessageAction = MessageActionType.SUPPRESS });
        await t.Client.AdminSetUserPasswordAsync(new AdminSetUserPasswordRequest { UserPoolId = pool.Id, Username = "eve", Password = TestServer.Password, Permanent = true });
        return (pool.Id, client.ClientId);
    }

    private static Task<InitiateAuthResponse> SignInAsync(TestServer t, string clientId, string password) =>
        t.Client.InitiateAuthAsync(new InitiateAuthRequest
        {
            ClientId = clientId, AuthFlow = AuthFlowType.USER_PASSWORD_AUTH,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = "eve", ["PASSWORD"] = password },
        });

    [Fact]
    public async Task Sign_ins_are_listed_newest_first_and_take_administrator_feedback()
    {
        await using var t = await TestServer.StartAsync();
        var (poolId, clientId) = await ProtectedPoolAsync(t, "AUDIT");
        await Assert.ThrowsAsync<NotAuthorizedException>(() => SignInAsync(t, clientId, "Wrong-passw0rd!"));
        t.Time.Advance(TimeSpan.FromSeconds(10));
        await SignInAsync(t, clientId, TestServer.Password);

        var events = (await t.Client.AdminListUserAuthEventsAsync(new AdminListUserAuthEventsRequest { UserPoolId = poolId, Username = "eve" })).AuthEvents;
        Assert.Equal([EventResponseType.Pass, EventResponseType.Fail], events.Select(e => e.EventResponse));
        Assert.All(events, e => Assert.Equal(EventType.SignIn, e.EventType));
        Assert.Equal(ChallengeResponse.Failure, Assert.Single(events[1].ChallengeResponses).ChallengeResponse);
        Assert.Equal("127.0.0.1", events[0].EventContextData.IpAddress);
        Assert.Equal(TimeSpan.FromSeconds(10), events[0].CreationDate - events[1].CreationDate);

        var page = await t.Client.AdminListUserAuthEventsAsync(new AdminListUserAuthEventsRequest { UserPoolId = poolId, Username = "eve", MaxResults = 1 });
        var rest = await t.Client.AdminListUserAuthEventsAsync(new AdminListUserAuthEventsRequest
        {
            UserPoolId = poolId, Username = "eve", MaxResults = 1, NextToken = page.NextToken,
        });
        Assert.Equal(events.Select(e => e.EventId), page.AuthEvents.Concat(rest.AuthEvents).Select(e => e.EventId));

        await t.Client.AdminUpdateAuthEventFeedbackAsync(new AdminUpdateAuthEventFeedbackRequest
        {
            UserPoolId = poolId, Username = "eve", EventId = events[1].EventId, FeedbackValue = FeedbackValueType.Invalid,
        });
        var marked = (await t.Client.AdminListUserAuthEventsAsync(new AdminListUserAuthEventsRequest { UserPoolId = poolId, Username = "eve" })).AuthEvents[1];
        Assert.Equal((FeedbackValueType.Invalid, "Admin"), (marked.EventFeedback.FeedbackValue, marked.EventFeedback.Provider));

        await Assert.ThrowsAsync<ResourceNotFoundException>(() => t.Client.AdminUpdateAuthEventFeedbackAsync(new AdminUpdateAuthEventFeedbackRequest
        {
            UserPoolId = poolId, Username = "eve", EventId = "no-such-event", FeedbackValue = FeedbackValueType.Valid,
        }));
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.Client.UpdateAuthEventFeedbackAsync(new UpdateAuthEventFeedbackRequest
        {
            UserPoolId = poolId, Username = "eve", EventId = events[0].EventId, FeedbackToken = "guessed", FeedbackValue = FeedbackValueType.Valid,
        }));
    }

    [Fact]
    public async Task Without_threat_protection_nothing_is_recorded_and_listing_is_refused()
    {
        await using var t = await TestServer.StartAsync();
        var (poolId, clientId) = await ProtectedPoolAsync(t, "OFF");
        await SignInAsync(t, clientId, TestServer.Password);

        var refused = await Assert.ThrowsAsync<UserPoolAddOnNotEnabledException>(() =>
            t.Client.AdminListUserAuthEventsAsync(new AdminListUserAuthEventsRequest { UserPoolId = poolId, Username = "eve" }));
        Assert.Contains("AdvancedSecurityMode", refused.Message);
        await t.Client.UpdateUserPoolAsync(new UpdateUserPoolRequest
        {
            UserPoolId = poolId, UserPoolAddOns = new UserPoolAddOnsType { AdvancedSecurityMode = AdvancedSecurityModeType.AUDIT },
        });
        Assert.Empty((await t.Client.AdminListUserAuthEventsAsync(new AdminListUserAuthEventsRequest { UserPoolId = poolId, Username = "eve" })).AuthEvents);
        await Assert.ThrowsAsync<UserNotFoundException>(() =>
            t.Client.AdminListUserAuthEventsAsync(new AdminListUserAuthEventsRequest { UserPoolId = poolId, Username = "nobody" }));
    }
}
