using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;
using LocalCognito.UserImport;

namespace LocalCognito.Operations;

/// <summary>The columns of a user import CSV for this pool: its attributes (custom ones too), then cognito:mfa_enabled and cognito:username.</summary>
public sealed class GetCSVHeader(CognitoStore store) : ICognitoOperation
{
    public string Name => "GetCSVHeader";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        return new JsonObject
        {
            ["UserPoolId"] = pool.Id,
            ["CSVHeader"] = new JsonArray([.. UserImporter.Header(pool).Select(column => (JsonNode)column)]),
        };
    }
}
