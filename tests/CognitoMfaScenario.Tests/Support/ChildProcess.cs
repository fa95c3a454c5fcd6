using System.Diagnostics;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>Runs the built app as `dotnet CognitoMfaScenario.dll` with piped standard input.</summary>
public static class ChildProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static async Task<Result> RunAppAsync(IEnumerable<string> arguments, IEnumerable<string> inputLines, TimeSpan timeout)
    {
        var appDll = typeof(Program).Assembly.Location; // copied next to the tests with its runtimeconfig/deps
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
        };
        start.ArgumentList.Add(appDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        foreach (var line in inputLines)
        {
            await process.StandardInput.WriteLineAsync(line);
        }

        process.StandardInput.Close(); // EOF after the scripted answers

        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The app did not finish within {timeout}. Output so far:\n{await output}");
        }

        return new Result(process.ExitCode, await output, await error);
    }
}
