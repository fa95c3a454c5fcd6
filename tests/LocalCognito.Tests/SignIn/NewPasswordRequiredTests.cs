using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Store;
using static LocalCognito.Tests.SignIn.SignInHarness;

namespace LocalCognito.Tests.SignIn;

/// <summary>NEW_PASSWORD_REQUIRED for users with a temporary password, driven without Kestrel.</summary>
public sealed class NewPasswordRequiredTests
{
    private static SignInHarness WithTemporaryPassword(Action<UserPool>? configurePool = null)
    {
        var h = new SignInHarness(configurePool);
        h.AddUser("ann", user =>
        {
            user.Status = UserStatus.ForceChangePassword;
            user.TemporaryPasswordIssuedAt = h.Time.GetUtcNow();
        });
        return h;
    }

    [Fact]
    public void A_new_password_replaces_the_temporary_one_and_confirms_the_user()
    {
        using var h = WithTemporaryPassword();
        var challenge = AssertChallenge("NEW_PASSWORD_REQUIRED", h.StartWithPassword("ann"));
        Assert.Equal("[]", challenge.Parameters["requiredAttributes"]);
        Assert.Equal("{\"email\":\"ann@example.com\"}", challenge.Parameters["userAttributes"]);

        var completed = AssertSignedIn(h.Respond("NEW_PASSWORD_REQUIRED", challenge.Session, "ann",
            new() { ["NEW_PASSWORD"] = "Brand-new-password-2", ["userAttributes.name"] = "Ann", ["userAttributes.sub"] = "forged" }));

        Assert.Equal(UserStatus.Confirmed, completed.User.Status);
        Assert.Null(completed.User.TemporaryPasswordIssuedAt);
        Assert.Equal("Ann", completed.User.GetAttribute("name"));
        Assert.NotEqual("forged", completed.User.Sub);
        Assert.True(PasswordHasher.Matches(h.Stored("ann").Password, "Brand-new-password-2"));
    }

    [Fact]
    public void A_new_password_the_policy_refuses_leaves_the_session_usable()
    {
        using var h = WithTemporaryPassword();
        var challenge = AssertChallenge("NEW_PASSWORD_REQUIRED", h.StartWithPassword("ann"));

        Assert.Throws<Protocol.CognitoException>(() => h.Respond("NEW_PASSWORD_REQUIRED", challenge.Session, "ann", new() { ["NEW_PASSWORD"] = "short" }));
        AssertSignedIn(h.Respond("NEW_PASSWORD_REQUIRED", challenge.Session, "ann", new() { ["NEW_PASSWORD"] = "Brand-new-password-2" }));
    }

    [Fact]
    public void A_temporary_password_older_than_the_pools_validity_is_refused()
    {
        using var h = WithTemporaryPassword(pool => pool.Settings["Policies"] = new JsonObject
        {
            ["PasswordPolicy"] = new JsonObject { ["TemporaryPasswordValidityDays"] = 1 },
        });
        h.Time.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));

        var refused = Assert.Throws<Protocol.CognitoException>(() => h.StartWithPassword("ann"));
        Assert.Equal("NotAuthorizedException", refused.Code);
    }

    [Fact]
    public void A_required_attribute_the_user_lacks_must_come_with_the_answer()
    {
        using var h = WithTemporaryPassword(pool => pool.Settings["Schema"] = new JsonArray(new JsonObject
        {
            ["Name"] = "name",
            ["Required"] = true,
        }));
        var challenge = AssertChallenge("NEW_PASSWORD_REQUIRED", h.StartWithPassword("ann"));
        Assert.Equal("[\"userAttributes.name\"]", challenge.Parameters["requiredAttributes"]);

        Assert.Throws<Protocol.CognitoException>(() => h.Respond("NEW_PASSWORD_REQUIRED", challenge.Session, "ann",
            new() { ["NEW_PASSWORD"] = "Brand-new-password-2" }));
        AssertSignedIn(h.Respond("NEW_PASSWORD_REQUIRED", challenge.Session, "ann",
            new() { ["NEW_PASSWORD"] = "Brand-new-password-2", ["userAttributes.name"] = "Ann" }));
    }
}
