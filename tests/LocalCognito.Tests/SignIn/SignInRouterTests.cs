using LocalCognito.SignIn;
using static LocalCognito.Tests.SignIn.SignInHarness;

namespace LocalCognito.Tests.SignIn;

/// <summary>What the router checks before a handler sees an answer, and how handlers are found.</summary>
public sealed class SignInRouterTests
{
    [Fact]
    public void Every_challenge_cognito_issues_here_has_exactly_one_handler()
    {
        using var h = new SignInHarness();
        var names = h.Get<IEnumerable<IChallengeHandler>>().Select(handler => handler.ChallengeName).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["DEVICE_PASSWORD_VERIFIER", "DEVICE_SRP_AUTH", "EMAIL_OTP", "MFA_SETUP", "NEW_PASSWORD_REQUIRED", "PASSWORD", "PASSWORD_SRP",
            "PASSWORD_VERIFIER", "SELECT_CHALLENGE", "SELECT_MFA_TYPE", "SOFTWARE_TOKEN_MFA"], names);
        Assert.Same(h.Get<LocalCognito.SignIn.Challenges.EmailOtpChallenge>(), h.Get<IEnumerable<IFirstFactor>>().Single(factor => factor.Name == "EMAIL_OTP"));
    }

    [Fact]
    public void An_answer_for_another_challenge_than_the_sessions_is_refused_and_leaves_the_session_usable()
    {
        using var h = new SignInHarness(RequireMfa);
        var secret = "";
        h.AddUser("ann", user => secret = WithTotp(user));
        var challenge = AssertChallenge("SOFTWARE_TOKEN_MFA", h.StartWithPassword("ann"));

        AssertRefused("InvalidParameterException", "Invalid challenge name CUSTOM_CHALLENGE for this session; expected SOFTWARE_TOKEN_MFA.",
            () => h.Respond("CUSTOM_CHALLENGE", challenge.Session, "ann"));
        AssertSignedIn(h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = h.TotpCode(secret) }));
    }

    [Fact]
    public void A_session_answered_for_another_user_or_without_a_username_is_refused()
    {
        using var h = new SignInHarness(RequireMfa);
        h.AddUser("ann", user => WithTotp(user));
        h.AddUser("bob", user => WithTotp(user));
        var challenge = AssertChallenge("SOFTWARE_TOKEN_MFA", h.StartWithPassword("ann"));

        AssertRefused("NotAuthorizedException", "Invalid session for the user.", () => h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "bob"));
        AssertRefused("InvalidParameterException", "Missing required parameter USERNAME", () => h.Router.Respond(h.Pool, h.Client, "SOFTWARE_TOKEN_MFA",
            new Dictionary<string, string>(), challenge.Session, SignInContext.Api));
    }

    [Fact]
    public void The_session_confirm_sign_up_hands_out_signs_the_new_user_in_once()
    {
        using var h = new SignInHarness();
        h.AddUser("ann");
        var session = h.Get<SignInSessions>().ForSignUp(h.Pool, h.Client, "ann", Auth.SessionStep.SignUpConfirmed);

        AssertSignedIn(h.Router.SignInAfterSignUp(h.Pool, h.Client, "ann", session, null, SignInContext.Api));
        AssertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
            () => h.Router.SignInAfterSignUp(h.Pool, h.Client, "ann", session, null, SignInContext.Api));
    }
}
