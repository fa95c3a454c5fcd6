using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.RegularExpressions;

namespace Reliability.Tests.Support;

/// <summary>
/// LocalCognito run the way a user runs it standalone — <c>dotnet LocalCognito.dll --port N --data DIR</c> —
/// as a child process this test can kill without warning.
/// </summary>
public sealed partial class StandaloneLocalCognito : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private StandaloneLocalCognito(Process process) => _process = process;

    /// <summary>The URL the server printed when it was ready.</summary>
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>Everything the server printed so far (for failure messages).</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Whether the process has ended (crashed, or was killed).</summary>
    public bool HasExited => _process.HasExited;

    public static Task<StandaloneLocalCognito> StartAsync(string dataDirectory, TimeSpan timeout, params string[] extraArguments) =>
        StartAsync(dataDirectory, timeout, openFileLimit: null, extraArguments);

    /// <param name="openFileLimit">When given, the process runs with this limit on open files (ulimit -n).</param>
    public static async Task<StandaloneLocalCognito> StartAsync(string dataDirectory, TimeSpan timeout, int? openFileLimit, params string[] extraArguments)
    {
        var port = FreeLoopbackPort();
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
        foreach (var argument in new[] { LocalCognitoBuild.DllPath(), "--port", port.ToString(), "--data", dataDirectory }.Concat(extraArguments))
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start LocalCognito.");
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var server = new StandaloneLocalCognito(process);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data, ready);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data, ready: null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var exited = process.WaitForExitAsync();
        var first = await Task.WhenAny(ready.Task, exited, Task.Delay(timeout));
        if (first != ready.Task)
        {
            var why = first == exited ? $"exited with {process.ExitCode}" : $"printed no URL within {timeout.TotalSeconds} s";
            var output = server.Output;
            server.Dispose();
            throw new InvalidOperationException($"Standalone LocalCognito {why}. Output:\n{output}");
        }
        server.Endpoint = await ready.Task;
        return server;
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

    private void OnLine(string? line, TaskCompletionSource<Uri>? ready)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
        if (ready is not null && UrlPattern().Match(line) is { Success: true } url)
        {
            ready.TrySetResult(new Uri(url.Value.TrimEnd('/') + "/"));
        }
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/?")]
    private static partial Regex UrlPattern();
}
