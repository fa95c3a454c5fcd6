using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class AdminInitiateAuth(CognitoStore store, AuthFlowStarter starter) : ICognitoOperation
{
    public string Name => "AdminInitiateAuth";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("UserPoolId"), request.Required("ClientId"));
        return starter.Start(pool, client, request.Required("AuthFlow"), request.Map("AuthParameters"), admin: true, request.OptionalString("Session"));
    }
}
