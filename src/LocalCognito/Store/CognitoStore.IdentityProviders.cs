using System.Text.Json.Nodes;

namespace LocalCognito.Store;

/// <summary>
/// A pool's external identity providers (IdentityProviderType bodies) keyed by ProviderName, and the links between
/// an external identity and a native user (AdminLinkProviderForUser). Name and IdpIdentifiers uniqueness is checked
/// under the store's lock so two concurrent writes cannot both take one.
/// </summary>
public sealed partial class CognitoStore
{
    public const string IdentityProviderSection = "identityproviders";
    public const string ProviderLinkSection = "providerlinks";

    public enum ProviderChange { Done, NoPool, NameTaken, IdentifierTaken, NoSuchProvider }

    /// <summary>Adds a provider unless its name, or one of its identifiers, is already the pool's.</summary>
    public ProviderChange AddIdentityProvider(string poolId, JsonObject provider) => PutProvider(poolId, provider, replacing: false);

    /// <summary>Replaces an existing provider (same name), unless an identifier is another provider's.</summary>
    public ProviderChange ReplaceIdentityProvider(string poolId, JsonObject provider) => PutProvider(poolId, provider, replacing: true);

    /// <summary>The provider one of whose IdpIdentifiers is <paramref name="identifier"/> (case-insensitive as Cognito), if any.</summary>
    public JsonObject? FindIdentityProviderByIdentifier(string poolId, string identifier)
    {
        lock (_sync)
        {
            return ProvidersLocked(poolId).FirstOrDefault(provider => Identifiers(provider).Contains(identifier, StringComparer.OrdinalIgnoreCase))
                ?.DeepClone() as JsonObject;
        }
    }

    /// <summary>Links an external identity to a native user; replaces an earlier link of that identity.</summary>
    public bool LinkProvider(string poolId, string providerName, string providerUserId, string username) =>
        PutDocument(ProviderLinkSection, poolId, LinkKey(providerName, providerUserId), new JsonObject { ["Username"] = username });

    /// <summary>The native user name an external identity is linked to, if it is.</summary>
    public string? LinkedUsername(string poolId, string providerName, string providerUserId) =>
        FindDocument(ProviderLinkSection, poolId, LinkKey(providerName, providerUserId))?["Username"]?.GetValue<string>();

    public bool UnlinkProvider(string poolId, string providerName, string providerUserId) =>
        DeleteDocument(ProviderLinkSection, poolId, LinkKey(providerName, providerUserId));

    private static string LinkKey(string providerName, string providerUserId) => providerName + ":" + providerUserId;

    private ProviderChange PutProvider(string poolId, JsonObject provider, bool replacing)
    {
        lock (_sync)
        {
            if (!_pools.ContainsKey(poolId))
            {
                return ProviderChange.NoPool;
            }

            var name = Text(provider, "ProviderName");
            var exists = _documents.ContainsKey(PoolDocument.StorageIdOf(IdentityProviderSection, poolId, name));
            if (exists != replacing)
            {
                return replacing ? ProviderChange.NoSuchProvider : ProviderChange.NameTaken;
            }

            var identifiers = Identifiers(provider);
            if (ProvidersLocked(poolId).Any(other => Text(other, "ProviderName") != name
                    && Identifiers(other).Intersect(identifiers, StringComparer.OrdinalIgnoreCase).Any()))
            {
                return ProviderChange.IdentifierTaken;
            }

            PutDocumentLocked(new PoolDocument(IdentityProviderSection, poolId, name, (JsonObject)provider.DeepClone()));
            return ProviderChange.Done;
        }
    }

    private IEnumerable<JsonObject> ProvidersLocked(string poolId) =>
        _documents.Values.Where(document => document.Section == IdentityProviderSection && document.PoolId == poolId)
            .Select(document => document.Body);

    private static List<string> Identifiers(JsonObject provider) =>
        provider["IdpIdentifiers"] is JsonArray identifiers ? [.. identifiers.Select(node => node!.GetValue<string>())] : [];
}
