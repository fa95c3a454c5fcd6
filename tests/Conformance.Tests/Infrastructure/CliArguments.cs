using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>Map-valued CLI parameters as JSON (the CLI's shorthand would break on commas or '=' in values).</summary>
public static class CliArguments
{
    public static string JsonMap(params (string Key, string Value)[] entries)
    {
        var map = new JsonObject();
        foreach (var (key, value) in entries)
        {
            map[key] = value;
        }

        return map.ToJsonString();
    }
}
