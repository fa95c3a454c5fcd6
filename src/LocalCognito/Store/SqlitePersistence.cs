using Microsoft.Data.Sqlite;

namespace LocalCognito.Store;

/// <summary>
/// One SQLite table of JSON documents, in WAL mode. Each write is its own committed transaction, done before the
/// response goes out. synchronous=NORMAL in WAL mode keeps every commit across a process kill (kill -9); only an
/// operating-system crash or power loss could lose the last commits, which is acceptable for a local emulator.
/// </summary>
public sealed class SqlitePersistence : IEntityPersistence
{
    private readonly SqliteConnection _connection;
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _delete;

    public SqlitePersistence(string databasePath)
    {
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
        }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode=WAL;");
        Execute("PRAGMA synchronous=NORMAL;");
        Execute("CREATE TABLE IF NOT EXISTS entities (kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, id));");

        _upsert = _connection.CreateCommand();
        _upsert.CommandText = "INSERT INTO entities (kind, id, json) VALUES ($kind, $id, $json) ON CONFLICT (kind, id) DO UPDATE SET json = excluded.json;";
        _upsert.Parameters.Add("$kind", SqliteType.Text);
        _upsert.Parameters.Add("$id", SqliteType.Text);
        _upsert.Parameters.Add("$json", SqliteType.Text);

        _delete = _connection.CreateCommand();
        _delete.CommandText = "DELETE FROM entities WHERE kind = $kind AND id = $id;";
        _delete.Parameters.Add("$kind", SqliteType.Text);
        _delete.Parameters.Add("$id", SqliteType.Text);
    }

    public IEnumerable<(string Kind, string Id, string Json)> LoadAll()
    {
        using var select = _connection.CreateCommand();
        select.CommandText = "SELECT kind, id, json FROM entities;";
        using var reader = select.ExecuteReader();
        var rows = new List<(string, string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }

    public void Upsert(string kind, string id, string json)
    {
        _upsert.Parameters["$kind"].Value = kind;
        _upsert.Parameters["$id"].Value = id;
        _upsert.Parameters["$json"].Value = json;
        _upsert.ExecuteNonQuery();
    }

    public void Delete(string kind, string id)
    {
        _delete.Parameters["$kind"].Value = kind;
        _delete.Parameters["$id"].Value = id;
        _delete.ExecuteNonQuery();
    }

    public void Dispose()
    {
        _upsert.Dispose();
        _delete.Dispose();
        _connection.Dispose();
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
