using System.Globalization;
using System.Numerics;
using CognitoSrp;
using LocalCognito.Auth;
using LocalCognito.Store;

namespace LocalCognito.SignIn.Challenges;

/// <summary>
/// PASSWORD_SRP: the password proven by SRP (USER_SRP_AUTH, USER_AUTH). With SRP_A it answers with PASSWORD_VERIFIER
/// (salt, B and a secret block); chosen without SRP_A (USER_AUTH), SRP_A is asked for with the PASSWORD_SRP challenge.
/// </summary>
public sealed class PasswordSrpFactor(SignInSessions sessions, SessionStore sessionStore) : IFirstFactor, IChallengeHandler
{
    public string Name => SessionStep.PasswordSrp;
    public string ChallengeName => SessionStep.PasswordSrp;
    public string PoolFactor => SessionStep.Password;
    public IReadOnlyCollection<string> SessionSteps { get; } = [SessionStep.PasswordSrp];

    // A user who signed up without a password has none to offer.
    public bool IsAvailableTo(UserPool pool, User user) => user.HasPassword;

    public SignInOutcome Start(SignInAttempt attempt, IReadOnlyDictionary<string, string> parameters)
    {
        if (parameters.GetValueOrDefault("SRP_A") is not { } srpA)
        {
            return new SignInChallenge(SessionStep.PasswordSrp, new Dictionary<string, string>(), sessions.Issue(attempt, SessionStep.PasswordSrp));
        }

        var password = attempt.User.Password;
        var srp = new SrpServer(BigInteger.Parse("0" + password.SrpVerifierHex, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
        var secretBlock = SessionStore.NewSecretBlock();
        var session = sessions.Issue(sessions.For(attempt, SessionStep.PasswordVerifier) with
        {
            Srp = srp,
            SrpAHex = srpA,
            SrpSaltHex = password.SrpSaltHex,
            SecretBlock = secretBlock,
        });
        return new SignInChallenge(SessionStep.PasswordVerifier, new Dictionary<string, string>
        {
            ["SALT"] = password.SrpSaltHex,
            ["SECRET_BLOCK"] = secretBlock,
            ["SRP_B"] = srp.SrpBHex,
            ["USERNAME"] = attempt.User.Username,
            ["USER_ID_FOR_SRP"] = attempt.User.Username,
        }, session);
    }

    public SignInOutcome Respond(ChallengeAnswer answer)
    {
        sessionStore.Consume(answer.SessionId);
        return Start(answer.Attempt, answer.Responses);
    }
}
