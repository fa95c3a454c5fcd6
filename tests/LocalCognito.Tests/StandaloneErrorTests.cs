using System.Runtime.Versioning;
using TestSupport;

namespace LocalCognito.Tests;

/// <summary>The standalone program's failures: one sentence, the right exit code, never a stack trace.</summary>
public sealed class StandaloneErrorTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("localcognito-errors-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    [Fact]
    public async Task Port_without_a_value_is_a_usage_error()
    {
        var (exitCode, stdout, stderr) = await RunAsync("--port");
        Assert.Equal(2, exitCode);
        Assert.Equal("", stdout);
        Assert.Equal("--port needs a value. Try --help.", stderr.Trim());
    }

    [Fact]
    public async Task A_corrupt_database_names_the_file_and_what_to_do()
    {
        var database = Path.Combine(_data, "localcognito.db");
        await File.WriteAllBytesAsync(database, [.. "SQLite format 3\0"u8, .. Enumerable.Repeat((byte)0x5A, 4000)]);

        var (exitCode, stdout, stderr) = await RunAsync("--port", "0", "--data", _data);

        Assert.Equal(1, exitCode);
        Assert.DoesNotContain("LocalCognito listening", stdout);
        Assert.Contains($"LocalCognito cannot read its database {database}", stderr);
        Assert.Contains("Move that file away", stderr);
        Assert.DoesNotContain("   at ", stderr);
        Assert.DoesNotContain("Exception", stderr);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_data_folder_open_to_others_is_reported_on_stderr()
    {
        File.SetUnixFileMode(_data, (UnixFileMode)0b111_101_101); // 0755, as mkdir leaves it
        using var server = await StandaloneLocalCognito.StartAsync(_data, TimeSpan.FromSeconds(30));
        await server.StopAsync(TimeSpan.FromSeconds(30));
        var stderr = server.StandardError;
        Assert.Contains($"{_data} is open to other users (mode 755)", stderr);
        Assert.Contains($"chmod 700 '{_data}'", stderr);
    }

    private static Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] args) =>
        StandaloneLocalCognito.RunToExitAsync(TimeSpan.FromSeconds(30), args);
}
