using System.Diagnostics;

namespace Conformance.Tests.Infrastructure;

/// <summary>Runs a command line tool with a time limit and captures its output.</summary>
public static class ExternalProcess
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(60);

    /// <param name="description">How the run appears in messages (e.g. "aws cognito-idp sign-up"): never the arguments, which may hold passwords.</param>
    /// <param name="environment">Variables to set; a null value removes the variable.</param>
    /// <param name="standardInput">Written to the process' stdin, then stdin is closed (keeps secrets out of argv).</param>
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string description,
        IReadOnlyDictionary<string, string?>? environment = null,
        string? standardInput = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepositoryRoot.Path,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                startInfo.Environment.Remove(name);
            }
            else
            {
                startInfo.Environment[name] = value;
            }
        }

        using var process = new Process { StartInfo = startInfo };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new Xunit.Sdk.XunitException($"Cannot start {fileName} for {description}: {e.Message}. Run scripts/install-test-tools.sh.");
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (standardInput is not null)
            {
                await process.StandardInput.WriteAsync(standardInput);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The process exited without reading its input; its exit code and output tell why.
        }

        var limit = timeout ?? DefaultTimeout;
        using var deadline = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            var partial = new ProcessResult(description, -1, await stdout, await stderr);
            throw new Xunit.Sdk.XunitException($"{description} did not finish within {limit.TotalSeconds:0} s and was stopped.{Environment.NewLine}{partial.Transcript}");
        }

        return new ProcessResult(description, process.ExitCode, await stdout, await stderr);
    }
}
