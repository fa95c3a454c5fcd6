using LocalCognito.Auth;
using LocalCognito.SignIn;
using static LocalCognito.Tests.SignIn.SignInHarness;

namespace LocalCognito.Tests.SignIn;

/// <summary>MFA_SETUP and SELECT_MFA_TYPE, driven without Kestrel.</summary>
public sealed class MfaChoiceTests
{
    [Fact]
    public void A_pool_that_requires_mfa_asks_a_user_without_any_to_set_it_up()
    {
        using var h = new SignInHarness(RequireMfa);
        h.AddUser("ann");

        var challenge = AssertChallenge("MFA_SETUP", h.StartWithPassword("ann"));

        Assert.Equal("[\"SOFTWARE_TOKEN_MFA\"]", challenge.Parameters["MFAS_CAN_SETUP"]);
        AssertRefused("InvalidParameterException",
            "Software token MFA has not been set up for the user: call AssociateSoftwareToken and VerifySoftwareToken first.",
            () => h.Respond("MFA_SETUP", challenge.Session, "ann"));
    }

    [Fact]
    public void After_verify_software_token_hands_on_the_session_mfa_setup_signs_in()
    {
        using var h = new SignInHarness(RequireMfa);
        h.AddUser("ann");
        var challenge = AssertChallenge("MFA_SETUP", h.StartWithPassword("ann"));
        var sessions = h.Get<SessionStore>();
        var (_, session) = sessions.Get(challenge.Session);
        var verified = h.Get<SignInSessions>().Next(session, SessionStep.MfaSetupVerified);

        AssertRefused("InvalidParameterException", "Invalid challenge name SOFTWARE_TOKEN_MFA for this session; expected MFA_SETUP.",
            () => h.Respond("SOFTWARE_TOKEN_MFA", verified, "ann"));
        AssertSignedIn(h.Respond("MFA_SETUP", verified, "ann"));
    }

    [Fact]
    public void Setting_up_email_mfa_sends_a_code_whose_answer_turns_it_on()
    {
        using var h = new SignInHarness(pool =>
        {
            RequireMfa(pool);
            pool.EmailMfaEnabled = true;
        });
        h.AddUser("ann", user => user.Attributes.Clear());
        var challenge = AssertChallenge("MFA_SETUP", h.StartWithPassword("ann"));
        Assert.Equal("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]", challenge.Parameters["MFAS_CAN_SETUP"]);
        AssertRefused("InvalidParameterException", "Invalid email address format.",
            () => h.Respond("MFA_SETUP", challenge.Session, "ann", new() { ["EMAIL"] = "not-an-address" }));

        var emailed = AssertChallenge("EMAIL_OTP", h.Respond("MFA_SETUP", challenge.Session, "ann", new() { ["EMAIL"] = "ann@example.org" }));
        var completed = AssertSignedIn(h.Respond("EMAIL_OTP", emailed.Session, "ann", new() { ["EMAIL_OTP_CODE"] = Assert.Single(h.Outbox).Code }));

        Assert.True(completed.User.EmailMfaEnabled);
        Assert.True(completed.User.EmailMfaPreferred);
        Assert.Equal("ann@example.org", completed.User.GetAttribute("email"));
        Assert.Equal("true", completed.User.GetAttribute("email_verified"));
    }

    [Fact]
    public void A_user_with_two_factors_and_no_preference_chooses_one()
    {
        using var h = new SignInHarness(pool =>
        {
            RequireMfa(pool);
            pool.EmailMfaEnabled = true;
        });
        var secret = "";
        h.AddUser("ann", user =>
        {
            secret = WithTotp(user);
            user.TotpPreferred = false;
            user.EmailMfaEnabled = true;
        });
        var choice = AssertChallenge("SELECT_MFA_TYPE", h.StartWithPassword("ann"));
        Assert.Equal("[\"SOFTWARE_TOKEN_MFA\",\"EMAIL_OTP\"]", choice.Parameters["MFAS_CAN_CHOOSE"]);

        AssertRefused("InvalidParameterException", "Invalid ANSWER SMS_MFA for SELECT_MFA_TYPE; expected one of SOFTWARE_TOKEN_MFA, EMAIL_OTP.",
            () => h.Respond("SELECT_MFA_TYPE", choice.Session, "ann", new() { ["ANSWER"] = "SMS_MFA" }));
        var totp = AssertChallenge("SOFTWARE_TOKEN_MFA", h.Respond("SELECT_MFA_TYPE", choice.Session, "ann", new() { ["ANSWER"] = "SOFTWARE_TOKEN_MFA" }));
        AssertSignedIn(h.Respond("SOFTWARE_TOKEN_MFA", totp.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = h.TotpCode(secret) }));
    }
}
