using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The signed-in user's MFA settings and the first factors they can use with USER_AUTH.</summary>
public sealed class GetUserAuthFactors(CognitoStore store, TokenService tokens, SignInRouter router) : ICognitoOperation
{
    public string Name => "GetUserAuthFactors";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, user, _) = SignedIn.From(tokens, store, request.Required("AccessToken"));
        var response = new JsonObject { ["Username"] = user.Username };
        UserView.AddMfaSettings(response, user);
        // AvailableChallenges names SRP separately; as an auth factor it is PASSWORD.
        var factors = router.AvailableFirstFactors(pool, user).Where(challenge => challenge != SessionStep.PasswordSrp);
        response["ConfiguredUserAuthFactors"] = new JsonArray(factors.Select(factor => (JsonNode)factor).ToArray());
        return response;
    }
}
