using System.Security.Cryptography;
using System.Text;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.SignIn;

/// <summary>
/// USER_AUTH for a name no user has, on a client that prevents user-existence errors. Cognito's "Managing user
/// existence error responses" says choice-based sign-in then answers with one of the challenge types the pool allows,
/// picked at random, rather than an error. Here the pick is the PREFERRED_CHALLENGE when the pool allows it, else one
/// derived from a secret of the pool's and the name, so asking again shows the same challenge, as a real user's would.
/// Every answer then fails as a wrong password does ("Incorrect username or password."); nothing is sent or stored.
/// </summary>
public sealed class UnknownUserSignIn(SignInSessions sessions, FirstFactors firstFactors, SigningKeys keys)
{
    public SignInOutcome Start(UserPool pool, AppClient client, string username, IReadOnlyDictionary<string, string> parameters, string? deviceKey,
        SignInContext context)
    {
        var stranger = SimulatedSrpUser.For(pool, keys.SecretOf(pool), username);
        stranger.Status = UserStatus.Confirmed;
        stranger.SetAttribute("email", "someone@example.com");
        var allowed = firstFactors.AvailableTo(pool, stranger);
        var preferred = parameters.GetValueOrDefault("PREFERRED_CHALLENGE");
        var challenge = preferred is not null && allowed.Contains(preferred) ? preferred : Pick(pool, username, allowed);
        var attempt = new SignInAttempt(pool, client, stranger, deviceKey, context);
        switch (challenge)
        {
            case SessionStep.Password when parameters.ContainsKey("PASSWORD"):
                throw Errors.IncorrectCredentials();
            case SessionStep.PasswordSrp when parameters.ContainsKey("SRP_A"):
                return firstFactors.Named(SessionStep.PasswordSrp).Start(attempt, parameters);
            case SessionStep.EmailOtp:
                {
                    var delivery = SimulatedDelivery.For(pool, username);
                    return new SignInChallenge(SessionStep.EmailOtp, new Dictionary<string, string>
                    {
                        ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "EMAIL",
                        ["CODE_DELIVERY_DESTINATION"] = delivery["Destination"]!.GetValue<string>(),
                    }, sessions.Issue(attempt, SessionStep.EmailOtp));
                }
            default: // PASSWORD or PASSWORD_SRP, asked for as a real user's would be
                return new SignInChallenge(challenge, new Dictionary<string, string>(), sessions.Issue(attempt, challenge));
        }
    }

    private string Pick(UserPool pool, string username, IReadOnlyList<string> allowed)
    {
        var hash = HMACSHA256.HashData(keys.SecretOf(pool), Encoding.UTF8.GetBytes("challenge:" + pool.UsernameKey(username)));
        return allowed[hash[0] % allowed.Count];
    }
}
