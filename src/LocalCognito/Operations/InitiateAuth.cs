using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class InitiateAuth(CognitoStore store, AuthFlowStarter starter) : ICognitoOperation
{
    public string Name => "InitiateAuth";

    public JsonObject Execute(JsonObject request)
    {
        var (pool, client) = store.RequireClient(request.Required("ClientId"));
        return starter.Start(pool, client, request.Required("AuthFlow"), request.Map("AuthParameters"), admin: false, request.OptionalString("Session"));
    }
}
