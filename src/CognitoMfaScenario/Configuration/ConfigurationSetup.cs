using Microsoft.Extensions.Configuration;

namespace CognitoMfaScenario.Configuration;

/// <summary>The configuration sources, lowest priority first.</summary>
public static class ConfigurationSetup
{
    /// <summary>Environment variables with this prefix are read (COGNITOMFA_PoolId, COGNITOMFA_AWS__Region).</summary>
    public const string EnvironmentPrefix = "COGNITOMFA_";

    /// <summary>
    /// settings.json, then settings.local.json (git-ignored, for your own pool), each from the
    /// program's folder and then the current folder; then COGNITOMFA_ environment variables;
    /// then the command line.
    /// </summary>
    public static void AddScenarioSources(IConfigurationBuilder configuration, IReadOnlyDictionary<string, string?> commandLine)
    {
        var folders = new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() }
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var file in new[] { "settings.json", "settings.local.json" })
        {
            foreach (var folder in folders)
            {
                configuration.AddJsonFile(Path.Combine(folder, file), optional: true, reloadOnChange: false);
            }
        }

        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(commandLine);
    }
}
