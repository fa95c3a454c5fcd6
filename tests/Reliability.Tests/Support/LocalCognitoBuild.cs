namespace Reliability.Tests.Support;

/// <summary>Finds the LocalCognito.dll built with this test project (it is a project reference).</summary>
public static class LocalCognitoBuild
{
    public static string DllPath()
    {
        // The project reference copies LocalCognito.dll and its runtimeconfig next to the tests.
        var beside = Path.Combine(AppContext.BaseDirectory, "LocalCognito.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        // Otherwise use src/LocalCognito's own output of the same configuration as this test assembly.
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "LocalCognito", "bin", configuration, "net10.0", "LocalCognito.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException($"LocalCognito.dll not found beside the tests ({AppContext.BaseDirectory}) nor under src/LocalCognito/bin/{configuration}.");
    }
}
