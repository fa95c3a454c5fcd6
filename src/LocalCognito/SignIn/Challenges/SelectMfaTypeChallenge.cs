using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.SignIn.Challenges;

/// <summary>SELECT_MFA_TYPE: a user with several MFA factors and no preference picks one; its challenge follows.</summary>
public sealed class SelectMfaTypeChallenge(SessionStore sessions, MfaStep mfa) : IChallengeHandler
{
    public string ChallengeName => SessionStep.SelectMfaType;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.SelectMfaType];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var attempt = answer.Attempt;
        var chosen = answer.Required("ANSWER");
        // The API reference names email EMAIL_MFA here; SDKs such as Amplify send the challenge name EMAIL_OTP. Both mean email.
        var factor = chosen switch
        {
            MfaFactor.SoftwareToken => MfaFactor.SoftwareToken,
            MfaFactor.Email or "EMAIL_MFA" => MfaFactor.Email,
            _ => null,
        };
        var factors = MfaStep.FactorsOf(attempt.Pool, attempt.User);
        if (factor is null || !factors.Contains(factor))
        {
            throw Errors.InvalidParameter($"Invalid ANSWER {chosen} for SELECT_MFA_TYPE; expected one of {string.Join(", ", factors)}.");
        }

        sessions.Consume(answer.SessionId);
        return mfa.Start(attempt, factor);
    }
}
