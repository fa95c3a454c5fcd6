using System.Text.Json.Nodes;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Runs a script from tests/js/conformance with node: the input object goes to stdin (so passwords stay
/// off the command line), the script's observations come back as one JSON object on stdout.
/// </summary>
public static class NodeScript
{
    public static async Task<JsonObject> RunAsync(string scriptName, JsonObject input)
    {
        var node = Prerequisites.Node();
        var jsRoot = Prerequisites.JsPackages();
        var script = Path.Combine(jsRoot, "conformance", scriptName);
        Assert.True(File.Exists(script), $"Missing conformance script {script}.");

        var result = await ExternalProcess.RunAsync(
            node, [script], $"node {scriptName}", standardInput: input.ToJsonString(), workingDirectory: jsRoot);
        if (result.ExitCode != 0)
        {
            Assert.Fail($"The JS script failed.{Environment.NewLine}{result.Transcript}");
        }

        var lastLine = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (lastLine is null || JsonNode.Parse(lastLine) is not JsonObject observations)
        {
            Assert.Fail($"The JS script printed no JSON object.{Environment.NewLine}{result.Transcript}");
            throw new InvalidOperationException(); // not reached
        }

        return observations;
    }
}
