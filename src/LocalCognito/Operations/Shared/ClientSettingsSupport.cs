using System.Text.Json.Nodes;
using LocalCognito.Protocol;

namespace LocalCognito.Operations;

/// <summary>
/// The app-client settings (CreateUserPoolClient, UpdateUserPoolClient) LocalCognito does not emulate, refused with an
/// InvalidParameterException that names them rather than accepted and ignored. docs/local-cognito.md lists them all.
/// </summary>
public static class ClientSettingsSupport
{
    public static void Check(JsonObject request)
    {
        if (request["AnalyticsConfiguration"] is JsonObject)
        {
            throw Errors.InvalidParameter("Not emulated by LocalCognito: AnalyticsConfiguration (Amazon Pinpoint analytics); leave it out.");
        }
    }
}
