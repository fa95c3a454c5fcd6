using System.Diagnostics;
using System.Text.RegularExpressions;

namespace LocalCognito.Tests;

/// <summary>The standalone program: one line with URL, pool and client; SIGTERM stops it; --data keeps the default pool.</summary>
public sealed partial class StandaloneTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "localcognito-standalone-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Prints_one_line_stops_on_SIGTERM_and_reuses_the_default_pool_with_data()
    {
        var first = await RunUntilStartedAndStopAsync();
        var second = await RunUntilStartedAndStopAsync();
        Assert.Equal(first.PoolId, second.PoolId);
        Assert.Equal(first.ClientId, second.ClientId);
    }

    private async Task<(string PoolId, string ClientId)> RunUntilStartedAndStopAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "LocalCognito.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { dll, "--port", "0", "--data", _data })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));
            var match = StartLine().Match(line ?? "");
            Assert.True(match.Success, $"unexpected first line: {line}");

            using (var http = new HttpClient { BaseAddress = new Uri(match.Groups["url"].Value) })
            {
                Assert.Equal("[]", await http.GetStringAsync("/_local/outbox"));
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()]))
            {
                await kill.WaitForExitAsync();
            }

            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(20));
            Assert.Equal(0, process.ExitCode);
            return (match.Groups["pool"].Value, match.Groups["client"].Value);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }

    [GeneratedRegex(@"^LocalCognito listening on (?<url>http://127\.0\.0\.1:\d+/) region us-east-1 user pool (?<pool>us-east-1_[A-Za-z0-9]{9}) client (?<client>[a-z0-9]{26})$")]
    private static partial Regex StartLine();
}
