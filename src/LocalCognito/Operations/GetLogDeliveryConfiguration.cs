using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>The pool's log delivery configuration as SetLogDeliveryConfiguration stored it; none configured is an empty list.</summary>
public sealed class GetLogDeliveryConfiguration(CognitoStore store) : ICognitoOperation
{
    public string Name => "GetLogDeliveryConfiguration";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var body = store.FindDocument(SetLogDeliveryConfiguration.Section, pool.Id, "")
            ?? new JsonObject { ["UserPoolId"] = pool.Id, ["LogConfigurations"] = new JsonArray() };
        return new JsonObject { ["LogDeliveryConfiguration"] = body };
    }
}
