using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace LoadTest;

/// <summary>
/// An emulator running in its own process (so its CPU and memory are its own), started, waited for until it
/// prints its URL, measured through /proc, and stopped. Its output is drained and only the tail is kept.
/// </summary>
public sealed partial class ServerProcess : IDisposable
{
    private const int KeptLines = 40;
    private readonly Process _process;
    private readonly Queue<string> _tail = new();

    private ServerProcess(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    public string Name { get; }
    public int ProcessId => _process.Id;
    public Uri Endpoint { get; private set; } = new("http://127.0.0.1/");

    /// <summary>LocalCognito standalone: <c>dotnet LocalCognito.dll --port N [--data DIR]</c>.</summary>
    public static Task<ServerProcess> StartLocalCognitoAsync(string dllPath, string? dataDirectory)
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { dllPath, "--port", FreePort().ToString() } };
        if (dataDirectory is not null)
        {
            start.ArgumentList.Add("--data");
            start.ArgumentList.Add(dataDirectory);
        }
        return StartAsync(start, "LocalCognito");
    }

    /// <summary>cognito-local from bench/peer, on 127.0.0.1, state in a fresh directory, every code "123456".</summary>
    public static Task<ServerProcess> StartCognitoLocalAsync(string peerDirectory, string workDirectory)
    {
        var script = Path.Combine(peerDirectory, "node_modules", "cognito-local", "lib", "bin", "start.js");
        if (!File.Exists(script))
        {
            throw new FileNotFoundException($"cognito-local is not installed: run `npm ci` in {peerDirectory}.", script);
        }
        // Its default pool config wants e-mail addresses as usernames; the bench uses plain usernames, as LocalCognito's pool does.
        var config = Directory.CreateDirectory(Path.Combine(workDirectory, ".cognito"));
        File.WriteAllText(Path.Combine(config.FullName, "config.json"), "{\"UserPoolDefaults\":{\"UsernameAttributes\":[]}}");
        var start = new ProcessStartInfo("node") { ArgumentList = { script }, WorkingDirectory = workDirectory };
        start.Environment["HOST"] = "127.0.0.1";
        start.Environment["PORT"] = FreePort().ToString();
        start.Environment["CODE"] = PeerConfirmationCode;
        return StartAsync(start, "cognito-local");
    }

    /// <summary>The confirmation code cognito-local is told to send (its CODE variable), since it has no outbox.</summary>
    public const string PeerConfirmationCode = "123456";

    /// <summary>Resident set size now and at its peak (VmRSS, VmHWM), in KiB.</summary>
    public (long RssKiB, long PeakKiB) Memory()
    {
        var status = File.ReadAllLines($"/proc/{ProcessId}/status");
        long Field(string name) => long.Parse(status.First(l => l.StartsWith(name + ":", StringComparison.Ordinal))
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]);
        return (Field("VmRSS"), Field("VmHWM"));
    }

    /// <summary>CPU time the server has used so far (user + system, from /proc/PID/stat).</summary>
    public TimeSpan CpuTime()
    {
        // Fields after the command name (which is in parentheses and may hold spaces): utime is the 14th field, stime the 15th.
        var stat = File.ReadAllText($"/proc/{ProcessId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11]) + long.Parse(fields[12]);
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    private const int ClockTicksPerSecond = 100; // USER_HZ on Linux

    public string OutputTail()
    {
        lock (_tail)
        {
            return string.Join('\n', _tail);
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }

    private static async Task<ServerProcess> StartAsync(ProcessStartInfo start, string name)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {name}.");
        var server = new ServerProcess(process, name);
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) => server.OnLine(e.Data, ready);
        process.ErrorDataReceived += (_, e) => server.OnLine(e.Data, ready);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(TimeSpan.FromSeconds(60)));
        if (first != ready.Task)
        {
            var tail = server.OutputTail();
            server.Dispose();
            throw new InvalidOperationException($"{name} did not start. Output:\n{tail}");
        }
        server.Endpoint = await ready.Task;
        return server;
    }

    private void OnLine(string? line, TaskCompletionSource<Uri> ready)
    {
        if (line is null)
        {
            return;
        }
        lock (_tail)
        {
            _tail.Enqueue(line);
            if (_tail.Count > KeptLines)
            {
                _tail.Dequeue();
            }
        }
        if (!ready.Task.IsCompleted && UrlPattern().Match(line) is { Success: true } url)
        {
            ready.TrySetResult(new Uri(url.Value.TrimEnd('/') + "/"));
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+/?")]
    private static partial Regex UrlPattern();
}
