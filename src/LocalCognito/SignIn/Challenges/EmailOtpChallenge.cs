using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn.Challenges;

/// <summary>
/// EMAIL_OTP: a code sent by email, for MFA, for setting up email MFA, or as a passwordless first factor (USER_AUTH).
/// Wrong codes count under <see cref="OneTimeAnswerCheck"/>. A right code proves the address (email_verified), and
/// for MFA_SETUP turns email MFA on with that address.
/// </summary>
public sealed class EmailOtpChallenge(
    OneTimeAnswerCheck check, EmailCodeIssuer issuer, CognitoStore store, SignInCompletion completion, TimeProvider time) : IChallengeHandler, IFirstFactor
{
    public string Name => SessionStep.EmailOtp;
    public string ChallengeName => SessionStep.EmailOtp;
    public string PoolFactor => SessionStep.EmailOtp;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.EmailOtp];

    /// <summary>
    /// Needs an email the pool can send to (SES), a confirmed user with a password of their own (one who must still
    /// set a password signs in with it first), and a pool that does not require MFA.
    /// </summary>
    public bool IsAvailableTo(UserPool pool, User user) =>
        user.GetAttribute("email") is not null && pool.SendsEmailThroughSes && pool.MfaConfiguration != "ON" && user.Status == UserStatus.Confirmed;

    public SignInOutcome Start(SignInAttempt attempt, IReadOnlyDictionary<string, string> parameters) =>
        issuer.Send(attempt, attempt.User.GetAttribute("email")!, EmailCodePurpose.FirstFactor);

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var (attempt, session) = (answer.Attempt, answer.Session);
        var code = answer.Required("EMAIL_OTP_CODE");
        check.Check(answer, () => EmailSignInCodes.Matches(session.EmailCode!, code) ? null : Errors.MfaCodeMismatch());
        var user = store.RecordEmailCodeReturned(attempt.Pool, attempt.User.Username, session.EmailDestination!,
                       turnOnEmailMfa: session.EmailCodePurpose == EmailCodePurpose.MfaSetup, time.GetUtcNow())
                   ?? throw Errors.IncorrectCredentials();
        return completion.Complete(attempt with { User = user });
    }
}
