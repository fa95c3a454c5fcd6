using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// Runs Witness/botocore_witness.py with a python3 that has botocore: $BOTOCORE_PYTHON if set, else python3 on
/// PATH, else pyenv's python3 (non-login shells may not have pyenv on PATH). A missing python3 or botocore is a
/// test failure with a message saying what to install, never a skip.
/// </summary>
public static class BotocoreWitness
{
    private const int BotocoreMissingExitCode = 3;
    private static readonly string ScriptPath = Path.Combine(AppContext.BaseDirectory, "Witness", "botocore_witness.py");
    private static readonly Lazy<string> Python = new(FindPythonWithBotocore);

    public static JsonObject Run(JsonObject command)
    {
        var (exitCode, stdout, stderr) = RunPython(Python.Value, command.ToJsonString());
        Assert.True(exitCode == 0, $"botocore_witness.py failed (exit {exitCode}): {stderr}");
        return JsonNode.Parse(stdout)?.AsObject() ?? throw new JsonException("botocore_witness.py printed nothing");
    }

    private static string FindPythonWithBotocore()
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("BOTOCORE_PYTHON"),
            "python3",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".pyenv", "shims", "python3"),
        };
        var problems = new List<string>();
        foreach (var candidate in candidates.Where(c => !string.IsNullOrEmpty(c)).Distinct())
        {
            var (exitCode, _, stderr) = RunPython(candidate!, """{"mode": "probe"}""");
            if (exitCode == 0)
            {
                return candidate!;
            }
            problems.Add($"{candidate}: {(exitCode == BotocoreMissingExitCode ? "no botocore" : stderr.Trim())}");
        }
        Assert.Fail("The botocore cross-check needs python3 with botocore (set BOTOCORE_PYTHON or put it on PATH). Tried: "
            + string.Join("; ", problems));
        throw new UnreachableException();
    }

    private static (int ExitCode, string Stdout, string Stderr) RunPython(string python, string input)
    {
        var start = new ProcessStartInfo(python, [ScriptPath])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return (-1, "", $"cannot start: {e.Message}");
        }
        if (process == null)
        {
            return (-1, "", "cannot start");
        }
        using (process)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                return (-1, "", "did not finish within 60 seconds");
            }
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
