namespace Conformance.Tests.Infrastructure;

/// <summary>Finds the repository checkout the test assembly was built from.</summary>
public static class RepositoryRoot
{
    private const string Marker = "CognitoMfaScenario.sln";

    private static readonly Lazy<string> Root = new(Locate);

    public static string Path => Root.Value;

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    private static string Locate()
    {
        // Walk up from bin/<Configuration>/<tfm>/ until the solution file appears.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, Marker)))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException(
            $"Cannot find {Marker} in any parent folder of {AppContext.BaseDirectory}; run the tests from a checkout of the repository.");
    }
}
