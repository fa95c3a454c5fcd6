using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// Runs Witness/botocore_witness.py with the machine's python3. A missing python3 or botocore is a test
/// failure with a message saying what to install, never a skip.
/// </summary>
public static class BotocoreWitness
{
    private static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "Witness", "botocore_witness.py");

    public static JsonObject Run(JsonObject command)
    {
        var start = new ProcessStartInfo("python3", [ScriptPath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("Process.Start returned null");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            Assert.Fail($"The botocore cross-check needs python3 on PATH with botocore installed (pip install botocore). Starting python3 failed: {e.Message}");
            throw;
        }
        using (process)
        {
            process.StandardInput.Write(command.ToJsonString());
            process.StandardInput.Close();
            var stdoutTask = process.StandardOutput.ReadToEndAsync();
            var stderrTask = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("botocore_witness.py did not finish within 60 seconds.");
            }
            var stdout = stdoutTask.Result;
            var stderr = stderrTask.Result;
            if (process.ExitCode == 3)
            {
                Assert.Fail($"The botocore cross-check needs botocore for python3 (pip install botocore): {stderr.Trim()}");
            }
            Assert.True(process.ExitCode == 0, $"botocore_witness.py failed (exit {process.ExitCode}): {stderr}");
            return JsonNode.Parse(stdout)?.AsObject() ?? throw new JsonException("botocore_witness.py printed nothing");
        }
    }
}
