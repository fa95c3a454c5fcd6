using LocalCognito.Auth;
using LocalCognito.Outbox;

namespace LocalCognito.SignIn;

/// <summary>
/// Issues an EMAIL_OTP challenge: emails a code and keeps it, with the address and what a right answer means, on the
/// new session (so the code is single use and ends with the session). The answer goes to the EMAIL_OTP handler.
/// </summary>
public sealed class EmailCodeIssuer(EmailSignInCodes codes, SignInSessions sessions)
{
    public SignInChallenge Send(SignInAttempt attempt, string destination, EmailCodePurpose purpose)
    {
        var kind = purpose == EmailCodePurpose.FirstFactor ? MessageOutbox.SignInCodeKind : MessageOutbox.MfaCodeKind;
        var (code, parameters) = codes.Send(attempt.Pool, attempt.User, destination, kind);
        parameters["USER_ID_FOR_SRP"] = attempt.User.Username;
        var session = sessions.Issue(sessions.For(attempt, SessionStep.EmailOtp) with
        {
            EmailCode = code,
            EmailDestination = destination,
            EmailCodePurpose = purpose,
        });
        return new SignInChallenge(SessionStep.EmailOtp, parameters, session);
    }
}
