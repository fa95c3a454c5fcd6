using System.Globalization;
using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// The value rules of custom attributes, from their schema: a String within MinLength..MaxLength characters, a Number
/// that is an integer within MinValue..MaxValue, a Boolean "true" or "false", a DateTime as ISO 8601. An empty value
/// removes the attribute and is not checked here. Cognito does not publish the wording of these errors; ours follow
/// its "Attributes did not conform to the schema" form.
/// </summary>
public static class CustomAttributeValues
{
    public static void Check(UserPool pool, IEnumerable<(string Name, string Value)> attributes)
    {
        var schema = PoolSchema.For(pool);
        foreach (var (name, value) in attributes.Where(attribute => attribute.Name.StartsWith(PoolSchema.CustomPrefix, StringComparison.Ordinal)
                                                                     && attribute.Value.Length > 0))
        {
            if (schema.FirstOrDefault(attribute => attribute["Name"]?.GetValue<string>() == name) is { } definition)
            {
                CheckOne(definition, name, value);
            }
        }
    }

    private static void CheckOne(JsonObject definition, string name, string value)
    {
        switch (definition["AttributeDataType"]?.GetValue<string>() ?? "String")
        {
            case "Number":
                if (!long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
                {
                    throw NotConforming(name, "Number must be an integer");
                }

                if (Bound(definition, "NumberAttributeConstraints", "MinValue") is { } min && number < min)
                {
                    throw NotConforming(name, $"Number must be no less than {min}");
                }

                if (Bound(definition, "NumberAttributeConstraints", "MaxValue") is { } max && number > max)
                {
                    throw NotConforming(name, $"Number must be no greater than {max}");
                }

                break;
            case "Boolean":
                if (value is not ("true" or "false"))
                {
                    throw NotConforming(name, "Boolean must be true or false");
                }

                break;
            case "DateTime":
                if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out _))
                {
                    throw NotConforming(name, "DateTime must be an ISO 8601 date and time");
                }

                break;
            default:
                if (Bound(definition, "StringAttributeConstraints", "MinLength") is { } shortest && value.Length < shortest)
                {
                    throw NotConforming(name, $"String must be no shorter than {shortest} characters");
                }

                if (Bound(definition, "StringAttributeConstraints", "MaxLength") is { } longest && value.Length > longest)
                {
                    throw NotConforming(name, $"String must be no longer than {longest} characters");
                }

                break;
        }
    }

    private static long? Bound(JsonObject definition, string constraints, string member) =>
        definition[constraints]?[member]?.GetValue<string>() is { } text
        && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bound) ? bound : null;

    private static CognitoException NotConforming(string name, string reason) =>
        Errors.InvalidParameter($"Attributes did not conform to the schema: {name}: {reason}");
}
