using LocalCognito.Store;

namespace LocalCognito.OAuth;

/// <summary>The pool a domain serves, or null when no pool has it (the endpoints answer 404).</summary>
public static class DomainLookup
{
    public static UserPool? PoolOf(CognitoStore store, string domain) =>
        store.FindDomain(domain) is { } found ? store.FindPool(found.UserPoolId) : null;
}
