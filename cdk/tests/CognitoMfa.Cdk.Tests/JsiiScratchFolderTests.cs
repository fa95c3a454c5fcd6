namespace CognitoMfa.Cdk.Tests;

/// <summary>The scratch folder becomes the process's temp folder and is gone, with its content, after Dispose.</summary>
public sealed class JsiiScratchFolderTests
{
    private static readonly string[] TempVariables = ["TMPDIR", "TMP", "TEMP"];

    [Fact]
    public void Becomes_the_temp_folder_and_is_deleted_with_its_content()
    {
        var saved = TempVariables.ToDictionary(name => name, Environment.GetEnvironmentVariable);
        try
        {
            string folder;
            using (var scratch = JsiiScratchFolder.Create())
            {
                folder = scratch.FullName;
                Assert.Equal(Path.TrimEndingDirectorySeparator(folder), Path.TrimEndingDirectorySeparator(Path.GetTempPath()));
                Directory.CreateDirectory(Path.Combine(folder, "unpacked"));
                File.WriteAllText(Path.Combine(folder, "unpacked", "package.tgz"), "content");
            }

            Assert.False(Directory.Exists(folder));
        }
        finally
        {
            // Later tests must keep the run's own scratch folder.
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }
}
