using Amazon.CognitoIdentityProvider;
using Amazon.CognitoIdentityProvider.Model;

namespace LocalCognito.Tests;

/// <summary>AdminCreateUser's documented edges: MessageAction RESEND, TemporaryPasswordValidityDays, requiredAttributes.</summary>
public sealed class AdminCreateUserEdgeTests
{
    private static Task<AdminCreateUserResponse> CreateAsync(TestServer t, string username, bool withEmail = true, string? messageAction = null) =>
        t.Client.AdminCreateUserAsync(new AdminCreateUserRequest
        {
            UserPoolId = t.PoolId,
            Username = username,
            MessageAction = messageAction is null ? null : new MessageActionType(messageAction),
            UserAttributes = withEmail ? [new AttributeType { Name = "email", Value = $"{username}@example.com" }] : [],
        });

    private static string TemporaryPassword(TestServer t, string username) =>
        t.Server.Outbox.Last(message => message.Username == username && message.Kind == "TEMPORARY_PASSWORD").Code;

    [Fact]
    public async Task RESEND_sends_a_new_temporary_password_that_works_and_the_old_one_stops()
    {
        await using var t = await TestServer.StartAsync();
        await CreateAsync(t, "ann");
        var first = TemporaryPassword(t, "ann");

        var resent = await CreateAsync(t, "ann", messageAction: "RESEND");
        Assert.Equal(UserStatusType.FORCE_CHANGE_PASSWORD, resent.User.UserStatus);
        var second = TemporaryPassword(t, "ann");

        Assert.NotEqual(first, second);
        await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("ann", first));
        Assert.Equal(ChallengeNameType.NEW_PASSWORD_REQUIRED, (await t.PasswordAuthAsync("ann", second)).ChallengeName);
    }

    [Fact]
    public async Task RESEND_refuses_unknown_users_and_users_past_FORCE_CHANGE_PASSWORD()
    {
        await using var t = await TestServer.StartAsync();
        await Assert.ThrowsAsync<UserNotFoundException>(() => CreateAsync(t, "nobody", messageAction: "RESEND"));

        await t.SignUpConfirmedAsync("tom");
        var error = await Assert.ThrowsAsync<UnsupportedUserStateException>(() => CreateAsync(t, "tom", messageAction: "RESEND"));
        Assert.Equal("Resend not possible. tom status is not FORCE_CHANGE_PASSWORD", error.Message);
    }

    [Fact]
    public async Task A_temporary_password_expires_after_the_pools_validity_days_and_RESEND_renews_it()
    {
        await using var t = await TestServer.StartAsync();
        await CreateAsync(t, "ann");
        t.Time.Advance(TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1));
        Assert.Equal(ChallengeNameType.NEW_PASSWORD_REQUIRED, (await t.PasswordAuthAsync("ann", TemporaryPassword(t, "ann"))).ChallengeName);

        t.Time.Advance(TimeSpan.FromMinutes(2));
        var error = await Assert.ThrowsAsync<NotAuthorizedException>(() => t.PasswordAuthAsync("ann", TemporaryPassword(t, "ann")));
        Assert.Equal("Temporary password has expired and must be reset by an administrator.", error.Message);

        await CreateAsync(t, "ann", messageAction: "RESEND");
        Assert.Equal(ChallengeNameType.NEW_PASSWORD_REQUIRED, (await t.PasswordAuthAsync("ann", TemporaryPassword(t, "ann"))).ChallengeName);
    }

    [Fact]
    public async Task NEW_PASSWORD_REQUIRED_lists_missing_required_attributes_and_the_answer_must_supply_them()
    {
        await using var t = await TestServer.StartAsync();
        await t.Client.AdminCreateUserAsync(new AdminCreateUserRequest { UserPoolId = t.PoolId, Username = "ann", TemporaryPassword = "Temp0rary!" });

        var challenge = await t.PasswordAuthAsync("ann", "Temp0rary!");
        Assert.Equal(ChallengeNameType.NEW_PASSWORD_REQUIRED, challenge.ChallengeName);
        Assert.Equal("[\"userAttributes.email\"]", challenge.ChallengeParameters["requiredAttributes"]);

        var responses = new Dictionary<string, string> { ["USERNAME"] = "ann", ["NEW_PASSWORD"] = "N3wPassw0rd!" };
        var error = await Assert.ThrowsAsync<InvalidParameterException>(() => RespondAsync(t, challenge.Session, responses));
        Assert.Equal("Invalid attributes given, email is missing", error.Message);

        responses["userAttributes.email"] = "ann@example.com";
        Assert.Equal(ChallengeNameType.MFA_SETUP, (await RespondAsync(t, challenge.Session, responses)).ChallengeName);
        var user = await t.Client.AdminGetUserAsync(new AdminGetUserRequest { UserPoolId = t.PoolId, Username = "ann" });
        Assert.Equal("ann@example.com", user.UserAttributes.Single(attribute => attribute.Name == "email").Value);
        Assert.Equal(UserStatusType.CONFIRMED, user.UserStatus);
    }

    [Fact]
    public async Task A_user_with_every_required_attribute_gets_an_empty_list()
    {
        await using var t = await TestServer.StartAsync();
        await CreateAsync(t, "ann");
        Assert.Equal("[]", (await t.PasswordAuthAsync("ann", TemporaryPassword(t, "ann"))).ChallengeParameters["requiredAttributes"]);
    }

    private static Task<RespondToAuthChallengeResponse> RespondAsync(TestServer t, string session, Dictionary<string, string> responses) =>
        t.Client.RespondToAuthChallengeAsync(new RespondToAuthChallengeRequest
        {
            ClientId = t.ClientId,
            ChallengeName = ChallengeNameType.NEW_PASSWORD_REQUIRED,
            Session = session,
            ChallengeResponses = responses,
        });
}
