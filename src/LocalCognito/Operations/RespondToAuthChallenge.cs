using System.Text.Json.Nodes;
using LocalCognito.Auth;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class RespondToAuthChallenge(CognitoStore store, UserAuthFlow flow) : ICognitoOperation
{
    public string Name => "RespondToAuthChallenge";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        return flow.Respond(pool, client, request.Required("ChallengeName"), request.Map("ChallengeResponses"), request.OptionalString("Session"));
    }
}
