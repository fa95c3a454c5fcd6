using LocalCognito.SignIn;
using static LocalCognito.Tests.SignIn.SignInHarness;

namespace LocalCognito.Tests.SignIn;

/// <summary>USER_AUTH's choice of first factor (SELECT_CHALLENGE) through <see cref="SignInRouter.StartChoice"/>.</summary>
public sealed class FirstFactorChoiceTests
{
    private static SignInOutcome Choose(SignInHarness h, string? preferred) =>
        h.Router.StartChoice(h.Pool, h.Client, h.Stored("ann"), preferred, new Dictionary<string, string>(), null, SignInContext.Api);

    [Fact]
    public void Without_a_preference_the_user_is_offered_the_factors_the_pool_allows_in_its_order()
    {
        using var h = new SignInHarness(pool => AllowFirstFactors(pool, "EMAIL_OTP", "PASSWORD"));
        h.AddUser("ann");

        var choice = AssertChallenge("SELECT_CHALLENGE", Choose(h, null));

        Assert.Equal(["EMAIL_OTP", "PASSWORD", "PASSWORD_SRP"], choice.AvailableChallenges);
        Assert.Equal(["EMAIL_OTP", "PASSWORD", "PASSWORD_SRP"], h.Router.AvailableFirstFactors(h.Pool, h.Stored("ann")));
        var asked = AssertChallenge("PASSWORD", h.Respond("SELECT_CHALLENGE", choice.Session, "ann", new() { ["ANSWER"] = "PASSWORD" }));
        AssertSignedIn(h.Respond("PASSWORD", asked.Session, "ann", new() { ["PASSWORD"] = Password }));
    }

    [Fact]
    public void Answering_select_challenge_with_the_password_signs_in_at_once()
    {
        using var h = new SignInHarness(pool => AllowFirstFactors(pool, "PASSWORD"));
        h.AddUser("ann");
        var choice = AssertChallenge("SELECT_CHALLENGE", Choose(h, null));

        AssertSignedIn(h.Respond("SELECT_CHALLENGE", choice.Session, "ann", new() { ["ANSWER"] = "PASSWORD", ["PASSWORD"] = Password }));
    }

    [Fact]
    public void A_factor_that_is_not_offered_is_refused_with_a_reason()
    {
        using var h = new SignInHarness(pool => AllowFirstFactors(pool, "PASSWORD"));
        h.AddUser("ann");
        var choice = AssertChallenge("SELECT_CHALLENGE", Choose(h, "WEB_AUTHN")); // a preference the user cannot use falls back to the choice

        AssertRefused("InvalidParameterException", "WEB_AUTHN is not configured for this user: LocalCognito does not emulate passkeys.",
            () => h.Respond("SELECT_CHALLENGE", choice.Session, "ann", new() { ["ANSWER"] = "WEB_AUTHN" }));
        AssertRefused("InvalidParameterException", "Invalid ANSWER EMAIL_OTP for SELECT_CHALLENGE; expected one of PASSWORD, PASSWORD_SRP.",
            () => h.Respond("SELECT_CHALLENGE", choice.Session, "ann", new() { ["ANSWER"] = "EMAIL_OTP" }));
        AssertRefused("InvalidParameterException",
            "Invalid PREFERRED_CHALLENGE PASSKEY; expected one of PASSWORD, PASSWORD_SRP, EMAIL_OTP, SMS_OTP, WEB_AUTHN.", () => Choose(h, "PASSKEY"));
    }

    [Fact]
    public void Email_codes_are_not_offered_to_a_user_who_must_still_set_a_password()
    {
        using var h = new SignInHarness(pool => AllowFirstFactors(pool, "PASSWORD", "EMAIL_OTP"));
        h.AddUser("ann", user => user.Status = Store.UserStatus.ForceChangePassword);

        Assert.Equal(["PASSWORD", "PASSWORD_SRP"], h.Router.AvailableFirstFactors(h.Pool, h.Stored("ann")));
    }
}
