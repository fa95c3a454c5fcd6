using System.Text.Json.Nodes;
using LocalCognito.Store;

namespace LocalCognito.Triggers;

/// <summary>The event JSON of Cognito's developer guide, common to every trigger.</summary>
public static class TriggerEvent
{
    /// <summary>Cognito sends the caller's SDK here; LocalCognito does not know it.</summary>
    private const string SdkVersion = "aws-sdk-unknown-unknown";

    public static JsonObject Build(UserPool pool, string region, TriggerEventData data) => new()
    {
        ["version"] = data.Version,
        ["triggerSource"] = data.TriggerSource,
        ["region"] = region,
        ["userPoolId"] = pool.Id,
        ["userName"] = data.UserName,
        ["callerContext"] = new JsonObject { ["awsSdkVersion"] = SdkVersion, ["clientId"] = data.ClientId ?? "CLIENT_ID_NOT_APPLICABLE" },
        ["request"] = data.Request.DeepClone(),
        ["response"] = data.Response.DeepClone(),
    };

    /// <summary>request.userAttributes: every attribute as a string (Cognito sends "true", not true).</summary>
    public static JsonObject UserAttributes(IEnumerable<(string Name, string Value)> attributes)
    {
        var map = new JsonObject();
        foreach (var (name, value) in attributes)
        {
            map[name] = value;
        }

        return map;
    }

    public static JsonObject UserAttributes(User user) =>
        UserAttributes(user.Attributes.Select(attribute => (attribute.Name, attribute.Value)).Append(("cognito:user_status", user.Status)));

    /// <summary>ClientMetadata / ValidationData as the string map the event carries (an empty object when absent).</summary>
    public static JsonObject StringMap(JsonNode? map) => map is JsonObject given ? given.DeepClone().AsObject() : new JsonObject();

    /// <summary>ValidationData arrives as a list of {Name, Value}; the event carries it as a map.</summary>
    public static JsonObject NameValueMap(JsonNode? list)
    {
        var map = new JsonObject();
        foreach (var item in list as JsonArray ?? [])
        {
            if (item?["Name"]?.GetValue<string>() is { } name)
            {
                map[name] = item["Value"]?.GetValue<string>();
            }
        }

        return map;
    }
}
