namespace LocalCognito.Store;

/// <summary>Where the store writes each changed entity, synchronously, before the change is acknowledged.</summary>
public interface IEntityPersistence : IDisposable
{
    IEnumerable<(string Kind, string Id, string Json)> LoadAll();
    void Upsert(string kind, string id, string json);
    void Delete(string kind, string id);
}

/// <summary>Persistence for the in-memory mode: nothing is kept.</summary>
public sealed class NoPersistence : IEntityPersistence
{
    public IEnumerable<(string Kind, string Id, string Json)> LoadAll() => [];
    public void Upsert(string kind, string id, string json) { }
    public void Delete(string kind, string id) { }
    public void Dispose() { }
}
