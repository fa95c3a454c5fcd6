using System.Globalization;
using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// Adds custom attributes to a pool's schema; they are then written and read as "custom:NAME", with their value rules
/// (<see cref="CustomAttributeValues"/>) and mutability. As in Cognito, custom attributes cannot be required or removed,
/// and a pool has at most 50. DeveloperOnlyAttribute (deprecated in Cognito) is not emulated and is refused.
/// </summary>
public sealed class AddCustomAttributes(CognitoStore store, TimeProvider time) : ICognitoOperation
{
    public const int MaxCustomAttributes = 50;
    private const int MaxStringLength = 2048;

    public string Name => "AddCustomAttributes";

    public JsonObject Execute(JsonObject request)
    {
        var pool = store.RequirePool(request.Required("UserPoolId"));
        var definitions = (request["CustomAttributes"] as JsonArray ?? []).OfType<JsonObject>().Select(Definition).ToList();
        var (outcome, name) = store.AddCustomAttributes(pool.Id, definitions, MaxCustomAttributes, time.GetUtcNow());
        return outcome switch
        {
            CognitoStore.CustomAttributeChange.Done => new JsonObject(),
            CognitoStore.CustomAttributeChange.NoPool => throw Errors.PoolNotFound(pool.Id),
            CognitoStore.CustomAttributeChange.NameTaken => throw Errors.InvalidParameter($"Existing attribute already has name {name}."),
            _ => throw Errors.InvalidParameter($"A user pool can have at most {MaxCustomAttributes} custom attributes."),
        };
    }

    /// <summary>The schema entry to store, with Cognito's defaults (mutable, String with 0..2048 characters).</summary>
    private static JsonObject Definition(JsonObject given)
    {
        var name = given.OptionalString("Name") ?? throw Errors.InvalidParameter("A custom attribute needs a Name.");
        if (given.Bool("Required") == true)
        {
            throw Errors.InvalidParameter("Required custom attributes are not supported currently.");
        }

        if (given.Bool("DeveloperOnlyAttribute") == true)
        {
            throw Errors.InvalidParameter("LocalCognito does not emulate DeveloperOnlyAttribute (deprecated in Cognito); limit who writes the attribute with an app client's WriteAttributes instead.");
        }

        var type = given.OptionalString("AttributeDataType") ?? "String";
        var definition = new JsonObject
        {
            ["Name"] = name.StartsWith(PoolSchema.CustomPrefix, StringComparison.Ordinal) ? name[PoolSchema.CustomPrefix.Length..] : name,
            ["AttributeDataType"] = type,
            ["DeveloperOnlyAttribute"] = false,
            ["Mutable"] = given.Bool("Mutable") ?? true,
            ["Required"] = false,
        };
        if (type == "String")
        {
            var constraints = given.OptionalObject("StringAttributeConstraints");
            var min = Limit(constraints, "MinLength", 0);
            var max = Limit(constraints, "MaxLength", MaxStringLength);
            if (min < 0 || max > MaxStringLength || min > max)
            {
                throw Errors.InvalidParameter($"StringAttributeConstraints of {name} must satisfy 0 <= MinLength <= MaxLength <= {MaxStringLength}.");
            }

            definition["StringAttributeConstraints"] = new JsonObject { ["MinLength"] = Text(min), ["MaxLength"] = Text(max) };
        }
        else if (type == "Number" && given.OptionalObject("NumberAttributeConstraints") is { } numbers)
        {
            var min = Limit(numbers, "MinValue", long.MinValue);
            var max = Limit(numbers, "MaxValue", long.MaxValue);
            if (min > max)
            {
                throw Errors.InvalidParameter($"NumberAttributeConstraints of {name} must have MinValue <= MaxValue.");
            }

            definition["NumberAttributeConstraints"] = numbers.DeepClone();
        }

        return definition;
    }

    private static long Limit(JsonObject? constraints, string member, long fallback)
    {
        var text = constraints?.OptionalString(member);
        if (text is null)
        {
            return fallback;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw Errors.InvalidParameter($"{member} must be a whole number; {text} is not.");
    }

    private static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);
}
