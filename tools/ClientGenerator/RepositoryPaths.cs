namespace ClientGenerator;

/// <summary>Where the generator reads from and writes to, relative to the repository root.</summary>
internal sealed record RepositoryPaths(string Root)
{
    public const string ModelFileName = "cognito-idp-2016-04-18.service-2.json";
    public const string PaginatorsFileName = "cognito-idp-2016-04-18.paginators-1.json";

    public string SpecDirectory => Path.Combine(Root, "spec");
    public string ModelFile => Path.Combine(SpecDirectory, ModelFileName);
    public string PaginatorsFile => Path.Combine(SpecDirectory, PaginatorsFileName);
    /// <summary>Every operation of the full model, one name a line: what the compatibility table lists.</summary>
    public string AllOperationsFile => Path.Combine(SpecDirectory, "all-operations.txt");
    public string SelectedOperationsFile => Path.Combine(Root, "tools", "ClientGenerator", "selected-operations.txt");
    public string GeneratedDirectory => Path.Combine(Root, "src", "CognitoIdentityProvider.Client", "Generated");
    public string LocalCognitoOperationsDirectory => Path.Combine(Root, "src", "LocalCognito", "Operations");
    public string LocalCognitoDocsFile => Path.Combine(Root, "docs", "local-cognito.md");
    public string CompatibilityNotesFile => Path.Combine(Root, "docs", "compatibility-notes.txt");

    /// <summary>Walks up from the working directory, then from the tool's own build output, to the folder holding the solution.</summary>
    public static RepositoryPaths Locate()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CognitoMfaScenario.sln")))
                {
                    return new RepositoryPaths(dir.FullName);
                }
            }
        }
        throw new GeneratorException("Cannot find the repository root (no CognitoMfaScenario.sln above the current directory or the tool).");
    }
}
