using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace TestSupport;

/// <summary>
/// LocalCognito run the way a user runs it standalone (<c>dotnet LocalCognito.dll --port 0 …</c>), as a child process
/// a test can stop (SIGTERM) or kill without warning. Shared by the test projects (linked from tests/Shared).
/// </summary>
public sealed partial class StandaloneLocalCognito : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();

    private StandaloneLocalCognito(Process process) => _process = process;

    /// <summary>The URL the server printed when it was ready.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>The region, user pool and app client of the start line.</summary>
    public string Region { get; private set; } = string.Empty;

    public string UserPoolId { get; private set; } = string.Empty;

    public string ClientId { get; private set; } = string.Empty;

    /// <summary>The first line the server printed.</summary>
    public string StartLine { get; private set; } = string.Empty;

    public string StandardOutput => Read(_stdout);

    public string StandardError => Read(_stderr);

    /// <summary>Everything printed so far (for failure messages).</summary>
    public string Output => StandardOutput + StandardError;

    /// <summary>Whether the process has ended (crashed, stopped, or killed).</summary>
    public bool HasExited => _process.HasExited;

    public static Task<StandaloneLocalCognito> StartAsync(string? dataDirectory, TimeSpan timeout, params string[] extraArguments) =>
        StartAsync(dataDirectory, timeout, openFileLimit: null, extraArguments);

    /// <param name="dataDirectory">--data, or null for an in-memory server.</param>
    /// <param name="timeout">How long the server may take to print its start line.</param>
    /// <param name="openFileLimit">When given, the process runs with this limit on open files (ulimit -n).</param>
    /// <param name="extraArguments">More options (e.g. --no-lockouts).</param>
    /// <exception cref="InvalidOperationException">The server exited or printed no start line in time (its output is in the message).</exception>
    public static async Task<StandaloneLocalCognito> StartAsync(string? dataDirectory, TimeSpan timeout, int? openFileLimit, params string[] extraArguments)
    {
        var arguments = new List<string> { "--port", "0" };
        if (dataDirectory is not null)
        {
            arguments.AddRange(["--data", dataDirectory]);
        }

        var server = Launch([.. arguments, .. extraArguments], openFileLimit);
        var ready = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        server._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null && server.Append(server._stdout, e.Data))
            {
                ready.TrySetResult(e.Data);
            }
        };
        server._process.BeginOutputReadLine();

        var exited = server._process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(timeout));
        if (first != ready.Task)
        {
            var why = first == exited ? $"exited with {server._process.ExitCode}" : $"printed no start line within {timeout.TotalSeconds} s";
            var output = server.Output;
            server.Dispose();
            throw new InvalidOperationException($"Standalone LocalCognito {why}. Output:\n{output}");
        }

        server.ReadStartLine(await ready.Task);
        return server;
    }

    /// <summary>Runs the program with these arguments until it exits by itself (e.g. refused options).</summary>
    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(TimeSpan timeout, params string[] arguments)
    {
        using var server = Launch(arguments, openFileLimit: null);
        server._process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                server.Append(server._stdout, e.Data);
            }
        };
        server._process.BeginOutputReadLine();
        await server._process.WaitForExitAsync().WaitAsync(timeout);
        server._process.WaitForExit(); // drains the redirected streams
        return (server._process.ExitCode, server.StandardOutput, server.StandardError);
    }

    /// <summary>SIGTERM, as a service manager stops it; waits for the exit.</summary>
    /// <returns>The exit code.</returns>
    public async Task<int> StopAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        await _process.WaitForExitAsync().WaitAsync(timeout);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; what was acknowledged must already be durable.</summary>
    public void KillHard()
    {
        _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            KillHard();
        }

        _process.Dispose();
    }

    /// <summary>The LocalCognito.dll built with the test project (a project reference), or src/LocalCognito's own build.</summary>
    public static string DllPath()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "LocalCognito.dll");
        if (File.Exists(beside) && File.Exists(Path.ChangeExtension(beside, ".runtimeconfig.json")))
        {
            return beside;
        }

        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "LocalCognito", "bin", configuration, "net10.0", "LocalCognito.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"LocalCognito.dll not found beside the tests ({AppContext.BaseDirectory}) nor under src/LocalCognito/bin/{configuration}.");
    }

    private static StandaloneLocalCognito Launch(IReadOnlyList<string> arguments, int? openFileLimit)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet";
        var start = new ProcessStartInfo(openFileLimit is null ? dotnet : "/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (openFileLimit is { } files)
        {
            // The shell sets the limit and then becomes dotnet (exec), so killing the process kills the server.
            foreach (var argument in new[] { "-c", $"ulimit -n {files} && exec \"$0\" \"$@\"", dotnet })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in new[] { DllPath() }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start LocalCognito.");
        var server = new StandaloneLocalCognito(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                server.Append(server._stderr, e.Data);
            }
        };
        process.BeginErrorReadLine();
        return server;
    }

    /// <returns>Whether the line is the start line.</returns>
    private bool Append(StringBuilder buffer, string line)
    {
        lock (buffer)
        {
            buffer.AppendLine(line);
        }

        return StartLinePattern().IsMatch(line);
    }

    private void ReadStartLine(string line)
    {
        var match = StartLinePattern().Match(line);
        StartLine = line;
        Endpoint = new Uri(match.Groups["url"].Value);
        Region = match.Groups["region"].Value;
        UserPoolId = match.Groups["pool"].Value;
        ClientId = match.Groups["client"].Value;
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }

    [GeneratedRegex(@"^LocalCognito listening on (?<url>http://127\.0\.0\.1:\d+/) region (?<region>\S+) user pool (?<pool>\S+) client (?<client>\S+)$")]
    private static partial Regex StartLinePattern();
}
