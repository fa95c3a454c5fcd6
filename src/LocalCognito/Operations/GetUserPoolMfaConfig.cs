using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

public sealed class GetUserPoolMfaConfig(CognitoStore store) : ICognitoOperation
{
    public string Name => "GetUserPoolMfaConfig";

    public JsonObject Execute(JsonObject request) => Describe(store.RequirePool(request.Required("UserPoolId")));

    public static JsonObject Describe(UserPool pool)
    {
        var response = new JsonObject
        {
            ["SoftwareTokenMfaConfiguration"] = new JsonObject { ["Enabled"] = pool.SoftwareTokenMfaEnabled },
            ["MfaConfiguration"] = pool.MfaConfiguration,
        };
        if (pool.EmailMfaEnabled)
        {
            var email = new JsonObject();
            if (pool.EmailMfaMessage is not null)
            {
                email["Message"] = pool.EmailMfaMessage;
            }

            if (pool.EmailMfaSubject is not null)
            {
                email["Subject"] = pool.EmailMfaSubject;
            }

            response["EmailMfaConfiguration"] = email;
        }

        return response;
    }
}
