using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Runs a script from tests/Conformance.Tests/Python with a python3 that has boto3 (and joserfc, the JWT library
/// the scripts verify tokens with): the input object goes to stdin, so passwords stay off the command line; the
/// script prints its observations as one JSON object (never tokens or secrets).
/// </summary>
public static class Boto3Script
{
    public static async Task<JsonObject> RunAsync(string scriptName, JsonObject input)
    {
        var python = await Prerequisites.PythonWithBoto3Async();
        var script = RepositoryRoot.Combine("tests", "Conformance.Tests", "Python", scriptName);
        Assert.True(File.Exists(script), $"Missing conformance script {script}.");

        var result = await ExternalProcess.RunAsync(python, [script], $"python3 {scriptName}", standardInput: input.ToJsonString());
        if (result.ExitCode != 0)
        {
            Assert.Fail($"The boto3 script failed.{Environment.NewLine}{result.Transcript}");
        }

        var lastLine = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (lastLine is null || JsonNode.Parse(lastLine) is not JsonObject observations)
        {
            Assert.Fail($"The boto3 script printed no JSON object.{Environment.NewLine}{result.Transcript}");
            throw new InvalidOperationException(); // not reached
        }

        return observations;
    }
}
