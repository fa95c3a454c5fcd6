using System.Text.Json.Nodes;

namespace LocalCognito.Federation;

/// <summary>
/// The id token's identities claim: the user's identities attribute as a JSON array, each identity's dateCreated and
/// primary written as strings, as Cognito's tokens carry them.
/// </summary>
public static class IdentitiesClaim
{
    public static JsonNode From(string attributeValue)
    {
        JsonArray identities;
        try
        {
            identities = JsonNode.Parse(attributeValue) as JsonArray ?? [];
        }
        catch (System.Text.Json.JsonException)
        {
            return attributeValue;
        }

        foreach (var identity in identities.OfType<JsonObject>())
        {
            foreach (var member in new[] { "dateCreated", "primary" })
            {
                if (identity[member] is JsonValue value)
                {
                    identity[member] = value.ToJsonString().Trim('"');
                }
            }
        }

        return identities;
    }
}
