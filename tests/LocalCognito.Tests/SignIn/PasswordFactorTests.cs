using LocalCognito.SignIn;
using static LocalCognito.Tests.SignIn.SignInHarness;

namespace LocalCognito.Tests.SignIn;

/// <summary>PASSWORD (the first factor and its challenge) and what follows a password, driven without Kestrel.</summary>
public sealed class PasswordFactorTests
{
    [Fact]
    public void A_right_password_without_mfa_signs_in_with_tokens_and_the_auth_time_of_the_clock()
    {
        using var h = new SignInHarness();
        h.AddUser("ann");

        var completed = AssertSignedIn(h.StartWithPassword("ann"));

        Assert.Equal("ann", completed.User.Username);
        Assert.Equal(h.Time.GetUtcNow(), completed.AuthTime);
        Assert.Null(completed.AuthenticationResult!["NewDeviceMetadata"]); // the pool does not track devices
    }

    [Fact]
    public void A_wrong_password_is_refused_and_the_fifth_failure_in_a_row_locks_the_user_out_for_a_second()
    {
        using var h = new SignInHarness();
        h.AddUser("ann");
        for (var failure = 0; failure < 5; failure++)
        {
            AssertRefused("NotAuthorizedException", "Incorrect username or password.", () => h.StartWithPassword("ann", "wrong-1"));
        }

        AssertRefused("NotAuthorizedException", "Password attempts exceeded", () => h.StartWithPassword("ann"));
        h.Time.Advance(TimeSpan.FromSeconds(1));
        AssertSignedIn(h.StartWithPassword("ann"));
    }

    [Fact]
    public void The_managed_login_context_ends_with_the_user_and_no_tokens()
    {
        using var h = new SignInHarness(pool => pool.Settings["DeviceConfiguration"] = new System.Text.Json.Nodes.JsonObject());
        h.AddUser("ann");

        var completed = Assert.IsType<SignInCompleted>(h.StartWithPassword("ann", context: SignInContext.ManagedLogin));

        Assert.Null(completed.AuthenticationResult);
        Assert.Null(completed.DeviceKey);
        Assert.Empty(h.Store.Devices(h.Pool.Id, "ann"));
    }

    [Fact]
    public void A_pool_that_tracks_devices_hands_out_a_new_device_with_the_tokens()
    {
        using var h = new SignInHarness(pool => pool.Settings["DeviceConfiguration"] = new System.Text.Json.Nodes.JsonObject());
        h.AddUser("ann");

        var completed = AssertSignedIn(h.StartWithPassword("ann"));

        var device = Assert.Single(h.Store.Devices(h.Pool.Id, "ann"));
        Assert.Equal(device.DeviceKey, completed.DeviceKey);
        Assert.Equal(device.DeviceKey, completed.AuthenticationResult!["NewDeviceMetadata"]!["DeviceKey"]!.GetValue<string>());
    }

    [Fact]
    public void Chosen_without_a_password_it_asks_for_one_with_the_password_challenge()
    {
        using var h = new SignInHarness(pool => AllowFirstFactors(pool, "PASSWORD"));
        h.AddUser("ann");

        var asked = AssertChallenge("PASSWORD", h.Router.StartChoice(h.Pool, h.Client, h.Stored("ann"), "PASSWORD", new Dictionary<string, string>(),
            null, SignInContext.Api));

        AssertSignedIn(h.Respond("PASSWORD", asked.Session, "ann", new() { ["PASSWORD"] = Password }));
    }

    [Fact]
    public void A_disabled_or_unconfirmed_user_with_the_right_password_is_refused()
    {
        using var h = new SignInHarness();
        h.AddUser("off", user => user.Enabled = false);
        h.AddUser("new", user => user.Status = Store.UserStatus.Unconfirmed);

        AssertRefused("NotAuthorizedException", "User is disabled.", () => h.StartWithPassword("off"));
        AssertRefused("UserNotConfirmedException", "User is not confirmed.", () => h.StartWithPassword("new"));
    }
}
