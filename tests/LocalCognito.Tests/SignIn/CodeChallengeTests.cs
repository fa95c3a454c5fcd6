using LocalCognito.SignIn;
using LocalCognito.Store;
using static LocalCognito.Tests.SignIn.SignInHarness;

namespace LocalCognito.Tests.SignIn;

/// <summary>SOFTWARE_TOKEN_MFA and EMAIL_OTP, and the attempt limit they share (<see cref="OneTimeAnswerCheck"/>).</summary>
public sealed class CodeChallengeTests
{
    private static (SignInHarness H, string Secret, SignInChallenge Challenge) TotpUser()
    {
        var h = new SignInHarness(RequireMfa);
        string secret = "";
        h.AddUser("ann", user => secret = WithTotp(user));
        return (h, secret, AssertChallenge("SOFTWARE_TOKEN_MFA", h.StartWithPassword("ann")));
    }

    [Fact]
    public void A_right_authenticator_code_signs_in_and_the_same_code_is_refused_on_the_next_sign_in()
    {
        var (h, secret, challenge) = TotpUser();
        using var _ = h;
        var code = h.TotpCode(secret);

        AssertSignedIn(h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = code }));
        var again = AssertChallenge("SOFTWARE_TOKEN_MFA", h.StartWithPassword("ann"));

        AssertRefused("ExpiredCodeException", "Your software token has already been used once.",
            () => h.Respond("SOFTWARE_TOKEN_MFA", again.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = code }));
        h.Time.Advance(TimeSpan.FromSeconds(30));
        AssertSignedIn(h.Respond("SOFTWARE_TOKEN_MFA", again.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = h.TotpCode(secret) }));
    }

    [Fact]
    public void A_code_from_two_minutes_ago_is_refused()
    {
        var (h, secret, challenge) = TotpUser();
        using var _ = h;
        var old = h.TotpCode(secret);
        h.Time.Advance(TimeSpan.FromMinutes(2));

        AssertRefused("CodeMismatchException", "Invalid code received for user",
            () => h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = old }));
    }

    [Fact]
    public void Wrong_codes_can_be_retried_on_the_session_until_the_fifth_spends_it()
    {
        using var h = new SignInHarness(RequireMfa, lockouts: false);
        var secret = "";
        h.AddUser("ann", user => secret = WithTotp(user));
        var challenge = AssertChallenge("SOFTWARE_TOKEN_MFA", h.StartWithPassword("ann"));
        var wrong = new Dictionary<string, string> { ["SOFTWARE_TOKEN_MFA_CODE"] = h.TotpCode(secret) == "000000" ? "111111" : "000000" };
        for (var attempt = 0; attempt < OneTimeAnswerCheck.AttemptsPerSession; attempt++)
        {
            AssertRefused("CodeMismatchException", "Invalid code received for user", () => h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "ann", wrong));
        }

        AssertRefused("NotAuthorizedException", "Invalid session for the user, session can only be used once.",
            () => h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = h.TotpCode(secret) }));
    }

    [Fact]
    public void Wrong_codes_count_toward_the_users_sign_in_lockout()
    {
        var (h, secret, challenge) = TotpUser();
        using var _ = h;
        var wrong = new Dictionary<string, string> { ["SOFTWARE_TOKEN_MFA_CODE"] = h.TotpCode(secret) == "000000" ? "111111" : "000000" };
        for (var attempt = 0; attempt < 4; attempt++)
        {
            AssertRefused("CodeMismatchException", "Invalid code received for user", () => h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "ann", wrong));
        }

        AssertRefused("NotAuthorizedException", "Incorrect username or password.", () => h.StartWithPassword("ann", "wrong-1")); // the fifth failure
        AssertRefused("NotAuthorizedException", "Password attempts exceeded",
            () => h.Respond("SOFTWARE_TOKEN_MFA", challenge.Session, "ann", new() { ["SOFTWARE_TOKEN_MFA_CODE"] = h.TotpCode(secret) }));
    }

    [Fact]
    public void An_emailed_mfa_code_signs_in_and_proves_the_address()
    {
        using var h = new SignInHarness(pool =>
        {
            RequireMfa(pool);
            pool.EmailMfaEnabled = true;
        });
        h.AddUser("ann", user => user.EmailMfaEnabled = true);

        var challenge = AssertChallenge("EMAIL_OTP", h.StartWithPassword("ann"));
        Assert.Equal("EMAIL", challenge.Parameters["CODE_DELIVERY_DELIVERY_MEDIUM"]);
        var sent = Assert.Single(h.Outbox);
        Assert.Equal("ann@example.com", sent.Destination);
        AssertRefused("CodeMismatchException", "Invalid code received for user",
            () => h.Respond("EMAIL_OTP", challenge.Session, "ann", new() { ["EMAIL_OTP_CODE"] = sent.Code == "00000000" ? "11111111" : "00000000" }));
        var completed = AssertSignedIn(h.Respond("EMAIL_OTP", challenge.Session, "ann", new() { ["EMAIL_OTP_CODE"] = sent.Code }));

        Assert.Equal("true", completed.User.GetAttribute("email_verified"));
        Assert.Equal(h.Time.GetUtcNow(), h.Stored("ann").LastModifiedDate);
    }

    [Fact]
    public void An_emailed_code_is_a_passwordless_first_factor_when_the_pool_allows_it()
    {
        using var h = new SignInHarness(pool => AllowFirstFactors(pool, "PASSWORD", "EMAIL_OTP"));
        h.AddUser("ann");

        var challenge = AssertChallenge("EMAIL_OTP", h.Router.StartChoice(h.Pool, h.Client, h.Stored("ann"), "EMAIL_OTP",
            new Dictionary<string, string>(), null, SignInContext.Api));

        Assert.Equal(Outbox.MessageOutbox.SignInCodeKind, Assert.Single(h.Outbox).Kind);
        AssertSignedIn(h.Respond("EMAIL_OTP", challenge.Session, "ann", new() { ["EMAIL_OTP_CODE"] = h.Outbox[0].Code }));
        Assert.Equal(UserStatus.Confirmed, h.Stored("ann").Status);
    }
}
