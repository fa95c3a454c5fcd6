using LocalCognito.Auth;
using LocalCognito.Protocol;

namespace LocalCognito.SignIn.Challenges;

/// <summary>SELECT_CHALLENGE (USER_AUTH): the user picks one of the first factors offered; that factor starts.</summary>
public sealed class SelectChallengeChallenge(SessionStore sessions, FirstFactors firstFactors) : IChallengeHandler
{
    public string ChallengeName => SessionStep.SelectChallenge;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.SelectChallenge];

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        var chosen = answer.Required("ANSWER");
        var available = answer.Session.AvailableChallenges;
        if (!available.Contains(chosen))
        {
            throw chosen switch
            {
                "WEB_AUTHN" => Errors.InvalidParameter("WEB_AUTHN is not configured for this user: LocalCognito does not emulate passkeys."),
                "SMS_OTP" => Errors.InvalidParameter("SMS_OTP is not configured for this user: LocalCognito does not send SMS."),
                _ => Errors.InvalidParameter($"Invalid ANSWER {chosen} for SELECT_CHALLENGE; expected one of {string.Join(", ", available)}."),
            };
        }

        sessions.Consume(answer.SessionId);
        return firstFactors.Named(chosen).Start(answer.Attempt, answer.Responses);
    }
}
