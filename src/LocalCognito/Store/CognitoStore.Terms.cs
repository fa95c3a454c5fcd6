using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>
/// Terms documents (TermsType bodies) of app clients, keyed by TermsId. An app client has at most one document of
/// each TermsName, which is checked under the store's lock so two concurrent creations cannot both succeed.
/// </summary>
public sealed partial class CognitoStore
{
    public const string TermsSection = "terms";

    public enum TermsChange { Done, NoPool, NameTaken, NoSuchTerms }

    /// <summary>Adds terms unless the app client already has terms of that name.</summary>
    public TermsChange AddTerms(string poolId, JsonObject terms)
    {
        lock (_sync)
        {
            if (!_pools.ContainsKey(poolId))
            {
                return TermsChange.NoPool;
            }

            if (TermsNameTaken(poolId, terms, exceptId: null))
            {
                return TermsChange.NameTaken;
            }

            PutDocumentLocked(new PoolDocument(TermsSection, poolId, Text(terms, "TermsId"), (JsonObject)terms.DeepClone()));
            return TermsChange.Done;
        }
    }

    /// <summary>Replaces existing terms (same TermsId), unless a rename would give the client two of one name.</summary>
    public TermsChange ReplaceTerms(string poolId, JsonObject terms)
    {
        lock (_sync)
        {
            var id = Text(terms, "TermsId");
            if (!_documents.ContainsKey(PoolDocument.StorageIdOf(TermsSection, poolId, id)))
            {
                return TermsChange.NoSuchTerms;
            }

            if (TermsNameTaken(poolId, terms, exceptId: id))
            {
                return TermsChange.NameTaken;
            }

            PutDocumentLocked(new PoolDocument(TermsSection, poolId, id, (JsonObject)terms.DeepClone()));
            return TermsChange.Done;
        }
    }

    private bool TermsNameTaken(string poolId, JsonObject terms, string? exceptId) =>
        _documents.Values.Any(document => document.Section == TermsSection && document.PoolId == poolId
            && document.Key != exceptId
            && Text(document.Body, "ClientId") == Text(terms, "ClientId")
            && Text(document.Body, "TermsName") == Text(terms, "TermsName"));

    private static string Text(JsonObject body, string member) => body[member]?.GetValue<string>() ?? "";
}
