namespace CognitoMfa.Cdk;

/// <summary>
/// A private temp folder for the jsii runtime behind the CDK, deleted on Dispose. jsii unpacks ~66 MB of
/// JavaScript packages into the temp folder on every run and never removes them; without this each
/// `cdk synth`, `cdk deploy` or test run would leave that much behind.
/// </summary>
public sealed class JsiiScratchFolder : IDisposable
{
    private readonly DirectoryInfo _folder;

    private JsiiScratchFolder(DirectoryInfo folder) => _folder = folder;

    public string FullName => _folder.FullName;

    /// <summary>Points this process's temp folder (and so jsii's) at a new subfolder. Call before the first CDK call.</summary>
    public static JsiiScratchFolder Create()
    {
        var folder = Directory.CreateTempSubdirectory("cognito-mfa-cdk-jsii-");
        // .NET reads TMPDIR on Unix and TMP/TEMP on Windows; the jsii Node.js process inherits them.
        foreach (var variable in new[] { "TMPDIR", "TMP", "TEMP" })
        {
            Environment.SetEnvironmentVariable(variable, folder.FullName);
        }
        return new JsiiScratchFolder(folder);
    }

    public void Dispose()
    {
        try
        {
            _folder.Delete(recursive: true);
        }
        catch (IOException)
        {
            // Files still open (Windows): leave them to the system's temp clean-up rather than fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
