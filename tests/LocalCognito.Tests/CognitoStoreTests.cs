using LocalCognito.Store;

namespace LocalCognito.Tests;

/// <summary>The store's bounds, checked directly (through HTTP they would need hundreds of sign-ins).</summary>
public sealed class CognitoStoreTests
{
    private static RefreshGrant Grant(int n, string user = "tom") => new()
    {
        TokenHash = $"hash-{user}-{n}",
        OriginJti = $"origin-{user}-{n}",
        UserPoolId = "us-east-1_pool",
        ClientId = "client",
        UsernameKey = user,
        AuthTime = DateTimeOffset.UnixEpoch.AddSeconds(n),
        ExpiresAt = DateTimeOffset.MaxValue,
    };

    [Fact]
    public void A_users_oldest_grants_beyond_the_limit_are_dropped_and_other_users_keep_theirs()
    {
        using var store = new CognitoStore(new NoPersistence());
        store.AddGrant(Grant(0, "ann"), keepPerUser: 3);
        for (var n = 0; n < 5; n++)
        {
            store.AddGrant(Grant(n), keepPerUser: 3);
        }

        Assert.False(store.GrantActive("origin-tom-0"));
        Assert.False(store.GrantActive("origin-tom-1"));
        Assert.True(store.GrantActive("origin-tom-2"));
        Assert.True(store.GrantActive("origin-tom-4"));
        Assert.Null(store.FindGrantByTokenHash("hash-tom-0"));
        Assert.True(store.GrantActive("origin-ann-0"));
    }

    [Fact]
    public void Revoked_grants_stay_findable_but_inactive_until_pruned()
    {
        using var store = new CognitoStore(new NoPersistence());
        store.AddGrant(Grant(1), keepPerUser: 10);
        store.RevokeGrants("us-east-1_pool", "tom");
        Assert.False(store.GrantActive("origin-tom-1"));
        Assert.True(store.FindGrantByTokenHash("hash-tom-1")!.Revoked);

        store.PruneExpiredGrants(DateTimeOffset.MaxValue);
        Assert.Null(store.FindGrantByTokenHash("hash-tom-1"));
    }
}
