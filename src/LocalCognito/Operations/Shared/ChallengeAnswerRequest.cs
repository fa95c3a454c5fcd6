using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// (Admin)RespondToAuthChallenge once the pool and client are known: the API's own checks (USERNAME, SECRET_HASH),
/// then the answer goes to the <see cref="SignInRouter"/> and its outcome back as JSON.
/// </summary>
public static class ChallengeAnswerRequest
{
    public static JsonObject Respond(SignInRouter router, UserPool pool, AppClient client, JsonObject request)
    {
        var responses = request.Map("ChallengeResponses");
        var username = responses.GetValueOrDefault("USERNAME") ?? throw Errors.MissingParameter("USERNAME");
        SecretHash.Check(client, username, responses.GetValueOrDefault("SECRET_HASH"));
        var outcome = router.Respond(pool, client, request.Required("ChallengeName"), responses, request.OptionalString("Session"), SignInContext.Api);
        return SignInResponse.ToJson(outcome);
    }
}
