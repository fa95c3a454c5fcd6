using System.Runtime.Versioning;
using LocalCognito.Store;

namespace LocalCognito.Tests;

/// <summary>The --data folder holds signing keys, TOTP secrets and temporary passwords: created private, and checked at start.</summary>
[UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests : IDisposable
{
    private const UnixFileMode OthersAccess = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                                              | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private readonly string _parent = Directory.CreateTempSubdirectory("localcognito-perm-").FullName;

    private string Data => Path.Combine(_parent, "data");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public async Task The_folder_is_created_0700_and_every_file_0600_including_the_sqlite_journal()
    {
        await using (var t = await TestServer.StartAsync(Data))
        {
            await t.EnrolledUserAsync("tom");
            await t.SignUpAsync("ann");
            // While the server runs, SQLite's -wal and -shm files exist next to the database.
            Assert.True(File.Exists(Path.Combine(Data, "localcognito.db-wal")));
            Assert.True(File.Exists(Path.Combine(Data, "localcognito.db-shm")));
            AssertPrivate();
        }

        AssertPrivate();
        Assert.Empty(DataFolder.Prepare(Data));
    }

    [Fact]
    public void A_folder_or_file_open_to_others_is_reported_with_the_fix()
    {
        Directory.CreateDirectory(Data);
        File.SetUnixFileMode(Data, (UnixFileMode)0b111_101_101); // 0755
        var outbox = Path.Combine(Data, "outbox.jsonl");
        File.WriteAllText(outbox, "");
        File.SetUnixFileMode(outbox, (UnixFileMode)0b110_100_100); // 0644

        var warnings = DataFolder.Prepare(Data);

        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, w => w.Contains(Data + " is open to other users (mode 755)") && w.Contains($"chmod 700 '{Data}'"));
        Assert.Contains(warnings, w => w.Contains(outbox + " is open to other users (mode 644)") && w.Contains($"chmod 600 '{outbox}'"));
        Assert.Equal(DataFolder.PrivateFile, File.GetUnixFileMode(Path.Combine(Data, "localcognito.db")));
    }

    private void AssertPrivate()
    {
        Assert.Equal(DataFolder.PrivateFolder, File.GetUnixFileMode(Data));
        var files = Directory.GetFiles(Data);
        Assert.Contains(files, f => f.EndsWith("outbox.jsonl", StringComparison.Ordinal));
        Assert.All(files, file => Assert.True((File.GetUnixFileMode(file) & OthersAccess) == 0,
            $"{file} is {File.GetUnixFileMode(file)}"));
    }
}
