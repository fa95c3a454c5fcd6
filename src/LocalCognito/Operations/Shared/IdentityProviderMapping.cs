using System.Text.Json.Nodes;
using LocalCognito.Protocol;
using LocalCognito.Store;

namespace LocalCognito.Operations;

/// <summary>
/// A provider's AttributeMapping: user-pool attribute name to the provider's claim. Every key must be an attribute
/// of the pool's schema (or "username", which Cognito also accepts); sub cannot be mapped, since the user's sub is
/// the pool's own.
/// </summary>
public static class IdentityProviderMapping
{
    public static JsonObject Check(UserPool pool, Dictionary<string, string> mapping)
    {
        var schema = pool.Settings["Schema"] is JsonArray attributes
            ? attributes.OfType<JsonObject>().Select(attribute => attribute["Name"]!.GetValue<string>()).ToHashSet(StringComparer.Ordinal)
            : [];
        var result = new JsonObject();
        foreach (var (attribute, claim) in mapping.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            if (attribute == "sub" || (attribute != "username" && !StandardAttributes.IsStandard(attribute) && !schema.Contains(attribute)))
            {
                throw Errors.InvalidParameter($"The user pool attribute {attribute} in AttributeMapping does not exist or cannot be mapped.");
            }

            result[attribute] = claim;
        }

        return result;
    }
}
