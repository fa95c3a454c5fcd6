using System.Runtime.Versioning;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LocalCognito.Store;

/// <summary>
/// The --data folder holds the pools' RSA signing keys, TOTP secrets and temporary passwords, so it is created
/// private to the user (0700, files 0600) and checked at start: anything group- or world-accessible is reported.
/// </summary>
public static class DataFolder
{
    public const string DatabaseFile = "localcognito.db";
    public const string OutboxFile = "outbox.jsonl";

    public const UnixFileMode PrivateFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    public const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private const UnixFileMode OthersAccess = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute
                                              | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    // SQLite gives its -wal and -shm files the database file's mode, so a private database keeps them private.
    private static readonly string[] Files = [DatabaseFile, DatabaseFile + "-wal", DatabaseFile + "-shm", OutboxFile];

    /// <summary>
    /// Creates the folder (0700) and an empty database file (0600) where missing, and returns one warning per
    /// existing folder or file that other users can access.
    /// </summary>
    /// <exception cref="DataFileException">The folder cannot be created or is not a folder.</exception>
    public static IReadOnlyList<string> Prepare(string folder)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
            return [];
        }

        try
        {
            var warnings = new List<string>();
            if (Directory.Exists(folder))
            {
                Check(folder, isFolder: true, warnings);
            }
            else
            {
                Directory.CreateDirectory(folder, PrivateFolder);
            }

            foreach (var file in Files.Select(name => Path.Combine(folder, name)).Where(File.Exists))
            {
                Check(file, isFolder: false, warnings);
            }

            var database = Path.Combine(folder, DatabaseFile);
            if (!File.Exists(database))
            {
                // Created here, private, because SQLite would create it readable by everyone (0644 under the usual umask).
                using var created = new FileStream(database, new FileStreamOptions
                {
                    Mode = FileMode.CreateNew,
                    Access = FileAccess.Write,
                    UnixCreateMode = PrivateFile,
                });
            }

            return warnings;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DataFileException($"LocalCognito cannot use the data folder {folder}: {e.Message} Give --data a folder you can write to.", e);
        }
    }

    /// <summary>Opens the database, turning "not a database" and the like into one clear sentence.</summary>
    /// <exception cref="DataFileException">The file is not a readable LocalCognito database.</exception>
    public static CognitoStore OpenStore(string folder)
    {
        var database = Path.Combine(folder, DatabaseFile);
        try
        {
            return new CognitoStore(new SqlitePersistence(database));
        }
        catch (Exception e) when (e is SqliteException or JsonException or NotSupportedException)
        {
            throw new DataFileException(
                $"LocalCognito cannot read its database {database} ({Reason(e)}). Move that file away to start with an empty store, or restore it from a backup.", e);
        }
    }

    /// <summary>Appends text to a file in the folder, creating it private (0600) if it is new.</summary>
    public static void AppendPrivate(string file, string text)
    {
        if (OperatingSystem.IsWindows())
        {
            File.AppendAllText(file, text);
            return;
        }

        using var stream = new FileStream(file, new FileStreamOptions
        {
            Mode = FileMode.Append,
            Access = FileAccess.Write,
            UnixCreateMode = PrivateFile,
        });
        stream.Write(Encoding.UTF8.GetBytes(text));
    }

    private static string Reason(Exception e) => e switch
    {
        SqliteException sqlite => sqlite.Message.Replace("SQLite Error ", "SQLite error ", StringComparison.Ordinal).TrimEnd('.'),
        _ => "a stored record is not valid JSON",
    };

    [UnsupportedOSPlatform("windows")]
    private static void Check(string path, bool isFolder, List<string> warnings)
    {
        var mode = File.GetUnixFileMode(path);
        if ((mode & OthersAccess) != 0)
        {
            var wanted = isFolder ? "700" : "600";
            warnings.Add($"Warning: {path} is open to other users (mode {Octal(mode)}); it holds signing keys, TOTP secrets and temporary passwords. Run: chmod {wanted} '{path}'");
        }
    }

    private static string Octal(UnixFileMode mode) => Convert.ToString((int)mode & 0x1FF, 8).PadLeft(3, '0');
}
