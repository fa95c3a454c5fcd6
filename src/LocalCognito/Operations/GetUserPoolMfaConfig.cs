using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class GetUserPoolMfaConfig(CognitoStore store) : ICognitoOperation
{
    public string Name => "GetUserPoolMfaConfig";

    public JsonObject Execute(JsonObject request) => Describe(store.RequirePool(request.Required("UserPoolId")));

    public static JsonObject Describe(UserPool pool) => new()
    {
        ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = pool.SoftwareTokenMfaEnabled },
        ["MfaConfiguration"] = pool.MfaConfiguration,
    };
}
