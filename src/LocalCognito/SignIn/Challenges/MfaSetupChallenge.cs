using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.SignIn.Challenges;

/// <summary>
/// MFA_SETUP: the pool requires MFA and the user has none. For an authenticator the client goes through
/// AssociateSoftwareToken and VerifySoftwareToken and then answers here to finish; for email it answers with EMAIL,
/// and an EMAIL_OTP code sent there turns email MFA on.
/// </summary>
public sealed class MfaSetupChallenge(SessionStore sessions, EmailCodeIssuer emailCodes, SignInCompletion completion) : IChallengeHandler
{
    public string ChallengeName => SessionStep.MfaSetup;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.MfaSetup, SessionStep.MfaSetupAssociated, SessionStep.MfaSetupVerified];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        if (answer.Session.Step == SessionStep.MfaSetupVerified)
        {
            sessions.Consume(answer.SessionId);
            return completion.Complete(answer.Attempt);
        }

        if (answer.Session.Step == SessionStep.MfaSetup && answer.Responses.TryGetValue("EMAIL", out var email))
        {
            return SetUpEmail(answer, email);
        }

        throw Errors.InvalidParameter("Software token MFA has not been set up for the user: call AssociateSoftwareToken and VerifySoftwareToken first.");
    }

    private SignInChallenge SetUpEmail(ChallengeAnswer answer, string email)
    {
        if (!answer.Attempt.Pool.EmailMfaEnabled)
        {
            throw Errors.InvalidParameter("Email MFA is not enabled for this user pool; MFAS_CAN_SETUP lists the MFA types it can set up.");
        }

        if (!EmailAddress.LooksValid(email))
        {
            throw Errors.InvalidParameter("Invalid email address format.");
        }

        sessions.Consume(answer.SessionId);
        return emailCodes.Send(answer.Attempt, email, EmailCodePurpose.MfaSetup);
    }
}
