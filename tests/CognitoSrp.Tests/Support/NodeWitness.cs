using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace CognitoSrp.Tests.Support;

/// <summary>
/// Runs the witness scripts in tests/js/srp (amazon-cognito-identity-js) with node: JSON on stdin, JSON on stdout.
/// A missing node or missing tests/js/node_modules fails the test with the fix, it never skips it.
/// </summary>
internal static class NodeWitness
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    public static JsonNode Run(string scriptName, JsonNode input)
    {
        var jsDirectory = JsDirectory.Value;
        var startInfo = new ProcessStartInfo("node")
        {
            WorkingDirectory = jsDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        startInfo.ArgumentList.Add(Path.Combine(jsDirectory, "srp", scriptName));

        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new Win32Exception("Process.Start returned null");
        }
        catch (Win32Exception e)
        {
            Assert.Fail($"The SRP witness tests need Node.js ('node' on PATH, version 18 or later), but it could not be started: {e.Message}");
            throw; // unreachable: Assert.Fail throws
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(input.ToJsonString());
            process.StandardInput.Close();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"node srp/{scriptName} did not finish within {Timeout.TotalSeconds} s.");
            }

            process.WaitForExit(); // flushes the redirected streams
            if (process.ExitCode != 0)
            {
                Assert.Fail($"node srp/{scriptName} failed with exit code {process.ExitCode}:\n{stderr.Result}");
            }

            return JsonNode.Parse(stdout.Result)
                ?? throw new InvalidOperationException($"node srp/{scriptName} printed no JSON.");
        }
    }

    private static readonly Lazy<string> JsDirectory = new(FindJsDirectory);

    // tests/js of the repository this test assembly was built from, found by walking up from the assembly's folder.
    private static string FindJsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "js");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                if (!File.Exists(Path.Combine(candidate, "node_modules", "amazon-cognito-identity-js", "package.json")))
                {
                    Assert.Fail($"The SRP witness tests need the npm packages of {candidate}: run `npm ci` there first.");
                }

                return candidate;
            }
        }

        Assert.Fail($"Could not find tests/js/package.json in any parent folder of {AppContext.BaseDirectory}.");
        return null!; // unreachable: Assert.Fail throws
    }
}
