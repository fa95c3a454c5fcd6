using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>Who is signing in, with which client, from which device: what every step of a sign-in needs.</summary>
/// <param name="DeviceKey">The DEVICE_KEY the client presented, if any (a remembered device may stand in for MFA).</param>
public sealed record SignInAttempt(UserPool Pool, AppClient Client, User User, string? DeviceKey, SignInContext Context)
{
    /// <summary>The user's name as the pool keys it (case-folded when the pool is case insensitive).</summary>
    public string UsernameKey => Pool.UsernameKey(User.Username);
}

/// <summary>One answer to a challenge: the attempt it belongs to, the session it quoted and the responses.</summary>
/// <param name="SessionId">The live session's id (consume it through <see cref="SessionStore"/> once the answer is used).</param>
public sealed record ChallengeAnswer(SignInAttempt Attempt, string SessionId, AuthSession Session, IReadOnlyDictionary<string, string> Responses)
{
    /// <summary>A response the challenge requires; InvalidParameterException naming it when absent.</summary>
    public string Required(string name) => Responses.GetValueOrDefault(name) ?? throw Errors.MissingParameter(name);
}
