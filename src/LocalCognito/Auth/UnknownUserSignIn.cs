using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Auth;

/// <summary>
/// USER_AUTH for a name no user has, on a client that prevents user-existence errors. Cognito's "Managing user
/// existence error responses" says choice-based sign-in then answers with one of the challenge types the pool allows,
/// picked at random, rather than an error. Here the pick is the PREFERRED_CHALLENGE when the pool allows it, else one
/// derived from a secret of the pool's and the name, so asking again shows the same challenge, as a real user's would.
/// Every answer then fails as a wrong password does ("Incorrect username or password."); nothing is sent or stored.
/// </summary>
public sealed class UnknownUserSignIn(SessionStore sessions, SignInFlow flow, SigningKeys keys)
{
    public JsonObject Start(UserPool pool, AppClient client, string username, Dictionary<string, string> parameters, string? deviceKey)
    {
        var stranger = SimulatedSrpUser.For(pool, keys.SecretOf(pool), username);
        stranger.Status = UserStatus.Confirmed;
        stranger.SetAttribute("email", "someone@example.com");
        var allowed = UserAuthFlow.AvailableChallenges(pool, stranger);
        var preferred = parameters.GetValueOrDefault("PREFERRED_CHALLENGE");
        var challenge = preferred is not null && allowed.Contains(preferred) ? preferred : Pick(pool, username, allowed);
        var usernameKey = pool.UsernameKey(username);
        switch (challenge)
        {
            case UserAuthFlow.Password when parameters.ContainsKey("PASSWORD"):
                throw Errors.IncorrectCredentials();
            case UserAuthFlow.PasswordSrp when parameters.GetValueOrDefault("SRP_A") is { } srpA:
                return flow.StartPasswordVerifier(pool, client, stranger, srpA, deviceKey);
            case UserAuthFlow.EmailOtp:
                {
                    var delivery = SimulatedDelivery.For(pool, username);
                    var session = Session(pool, client, usernameKey, SessionStep.EmailOtp, deviceKey);
                    return SignInFlow.Challenge(SessionStep.EmailOtp, new JsonObject
                    {
                        ["CODE_DELIVERY_DELIVERY_MEDIUM"] = "EMAIL",
                        ["CODE_DELIVERY_DESTINATION"] = delivery["Destination"]!.GetValue<string>(),
                    }, session);
                }
            default: // PASSWORD or PASSWORD_SRP, asked for as a real user's would be
                return SignInFlow.Challenge(challenge, new JsonObject(), Session(pool, client, usernameKey, challenge, deviceKey));
        }
    }

    private string Pick(UserPool pool, string username, IReadOnlyList<string> allowed)
    {
        var hash = HMACSHA256.HashData(keys.SecretOf(pool), Encoding.UTF8.GetBytes("challenge:" + pool.UsernameKey(username)));
        return allowed[hash[0] % allowed.Count];
    }

    private string Session(UserPool pool, AppClient client, string usernameKey, string step, string? deviceKey) =>
        sessions.Create(new AuthSession
        {
            UserPoolId = pool.Id,
            ClientId = client.ClientId,
            UsernameKey = usernameKey,
            Step = step,
            ExpiresAt = sessions.ExpiryFor(client),
            DeviceKey = deviceKey,
        });
}
