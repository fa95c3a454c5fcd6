using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.SignIn;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminRespondToAuthChallenge(CognitoStore store, SignInRouter router) : ICognitoOperation
{
    public string Name => "AdminRespondToAuthChallenge";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        return ChallengeAnswerRequest.Respond(router, pool, client, request);
    }
}
