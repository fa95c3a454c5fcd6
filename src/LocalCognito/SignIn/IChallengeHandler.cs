using LocalCognito.Auth;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// Answers one challenge of a sign-in. Implementations are found by reflection (like the API operations) and
/// registered once; <see cref="SignInRouter"/> sends each answer to the handler named by its ChallengeName after
/// checking the session. Adding a challenge is adding one class that implements this.
/// </summary>
public interface IChallengeHandler
{
    /// <summary>The ChallengeName this handler answers, as Cognito spells it.</summary>
    string ChallengeName { get; }

    /// <summary>The <see cref="SessionStep"/>s whose sessions this challenge may be answered with.</summary>
    IReadOnlyCollection<string> SessionSteps { get; }

    /// <summary>Checks the answer and returns what comes next; throws a CognitoException when the answer is refused.</summary>
    SignInOutcome Respond(ChallengeAnswer answer);
}

/// <summary>
/// A first factor of choice-based sign-in (USER_AUTH): PASSWORD, PASSWORD_SRP, EMAIL_OTP. Found by reflection like
/// the challenge handlers; <see cref="FirstFactors"/> offers those the pool allows and the user can use.
/// </summary>
public interface IFirstFactor
{
    /// <summary>The name clients choose it by (PREFERRED_CHALLENGE, SELECT_CHALLENGE's ANSWER).</summary>
    string Name { get; }

    /// <summary>The entry of the pool's AllowedFirstAuthFactors that enables it (PASSWORD for both password factors).</summary>
    string PoolFactor { get; }

    /// <summary>Whether this user can sign in with it now (the pool already allows it).</summary>
    bool IsAvailableTo(UserPool pool, User user);

    /// <summary>Starts the factor: proves it at once when <paramref name="parameters"/> carry the proof, or issues its challenge.</summary>
    SignInOutcome Start(SignInAttempt attempt, IReadOnlyDictionary<string, string> parameters);
}
