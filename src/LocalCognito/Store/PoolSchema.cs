using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>
/// A pool's full attribute schema: the standard attributes, with what CreateUserPool's Schema said about them
/// (Required, Mutable, constraints), then its custom attributes under their "custom:" names.
/// </summary>
public static class PoolSchema
{
    public const string CustomPrefix = "custom:";

    public static List<JsonObject> For(UserPool pool)
    {
        var declared = pool.Settings["Schema"] is JsonArray schema ? schema.OfType<JsonObject>().ToList() : [];
        var result = new List<JsonObject>();
        foreach (var name in StandardAttributes.Names)
        {
            var definition = StandardAttributes.Definition(name);
            if (declared.FirstOrDefault(attribute => NameOf(attribute) == name) is { } given)
            {
                foreach (var (member, value) in given)
                {
                    definition[member] = value?.DeepClone();
                }
            }

            result.Add(definition);
        }

        foreach (var custom in declared.Where(attribute => !StandardAttributes.IsStandard(NameOf(attribute))))
        {
            var definition = (JsonObject)custom.DeepClone();
            definition["Name"] = CustomName(NameOf(custom));
            definition["DeveloperOnlyAttribute"] ??= false;
            definition["Mutable"] ??= true;
            definition["Required"] ??= false;
            result.Add(definition);
        }

        return result;
    }

    /// <summary>The definition of an attribute by its user-facing name (custom ones with their prefix), or null.</summary>
    public static JsonObject? Find(UserPool pool, string name) =>
        For(pool).FirstOrDefault(definition => NameOf(definition) == name);

    public static bool IsMutable(JsonObject definition) => definition["Mutable"]?.GetValue<bool>() ?? true;

    private static string CustomName(string name) => name.StartsWith(CustomPrefix, StringComparison.Ordinal) ? name : CustomPrefix + name;

    private static string NameOf(JsonObject attribute) => attribute["Name"]?.GetValue<string>() ?? "";
}
