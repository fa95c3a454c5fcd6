using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>
/// Pool-level documents by section: one write each, persisted like every other entity and removed with their pool.
/// Bodies are copied in and out, so a caller never holds the stored JSON.
/// </summary>
public sealed partial class CognitoStore
{
    private const string DocumentKind = "document";

    private readonly Dictionary<string, PoolDocument> _documents = new();

    public JsonObject? FindDocument(string section, string poolId, string key)
    {
        lock (_sync)
        {
            return _documents.GetValueOrDefault(PoolDocument.StorageIdOf(section, poolId, key)) is { } document
                ? (JsonObject)document.Body.DeepClone()
                : null;
        }
    }

    /// <summary>The section's documents of a pool, in key order.</summary>
    public IReadOnlyList<JsonObject> Documents(string section, string poolId)
    {
        lock (_sync)
        {
            return _documents.Values.Where(document => document.Section == section && document.PoolId == poolId)
                .OrderBy(document => document.Key, StringComparer.Ordinal)
                .Select(document => (JsonObject)document.Body.DeepClone()).ToList();
        }
    }

    /// <summary>Stores (or replaces) a document; false when the pool no longer exists.</summary>
    public bool PutDocument(string section, string poolId, string key, JsonObject body)
    {
        lock (_sync)
        {
            if (!_pools.ContainsKey(poolId))
            {
                return false;
            }

            PutDocumentLocked(new PoolDocument(section, poolId, key, (JsonObject)body.DeepClone()));
            return true;
        }
    }

    /// <summary>Removes a document; false when there was none.</summary>
    public bool DeleteDocument(string section, string poolId, string key)
    {
        lock (_sync)
        {
            var id = PoolDocument.StorageIdOf(section, poolId, key);
            if (!_documents.Remove(id))
            {
                return false;
            }

            _persistence.Delete(DocumentKind, id);
            return true;
        }
    }

    private void PutDocumentLocked(PoolDocument document)
    {
        Write(DocumentKind, document.StorageId, document);
        _documents[document.StorageId] = document;
    }

    private void LoadDocument(string json)
    {
        var document = Read<PoolDocument>(json);
        _documents[document.StorageId] = document;
    }

    private void DeleteDocumentsOf(string poolId)
    {
        foreach (var document in _documents.Values.Where(document => document.PoolId == poolId).ToList())
        {
            _documents.Remove(document.StorageId);
            _persistence.Delete(DocumentKind, document.StorageId);
        }
    }
}
