using LocalCognito.Store;

namespace LocalCognito.Tests;

/// <summary>
/// The store's bounds and atomic updates, checked directly (through HTTP they would need hundreds of sign-ins or
/// a lucky interleaving).
/// </summary>
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

    private static UserPool Pool() => new()
    {
        Id = "us-east-1_pool",
        Name = "pool",
        SigningKeyPkcs8 = "key",
        SigningKeyId = "kid",
    };

    private static User NewUser(string username) => new()
    {
        UserPoolId = "us-east-1_pool",
        Username = username,
        Sub = Guid.NewGuid().ToString(),
        Password = new StoredPassword("salt", "hash", "srp-salt", "verifier"),
    };

    [Fact]
    public void A_change_that_throws_leaves_the_user_and_the_persisted_copy_as_they_were()
    {
        var persistence = new CountingPersistence();
        using var store = new CognitoStore(persistence);
        var pool = Pool();
        Assert.True(store.TryAddUser(pool, NewUser("tom"), out _));
        var writes = persistence.Upserts;

        Assert.Throws<InvalidOperationException>(() => store.UpdateUser(pool, "tom", () => new KeyNotFoundException(), user =>
        {
            user.Status = UserStatus.Confirmed;
            throw new InvalidOperationException("a rule failed");
        }));

        Assert.Equal(UserStatus.Unconfirmed, store.FindUser(pool, "tom")!.Status);
        Assert.Equal(writes, persistence.Upserts);
    }

    [Fact]
    public void Users_handed_out_are_snapshots_and_a_missing_user_gets_the_callers_error()
    {
        using var store = new CognitoStore(new NoPersistence());
        var pool = Pool();
        store.TryAddUser(pool, NewUser("tom"), out _);
        var before = store.FindUser(pool, "tom")!;

        var after = store.UpdateUser(pool, "tom", () => new KeyNotFoundException(), user => user.SetAttribute("email", "tom@example.com"));

        Assert.Null(before.GetAttribute("email"));
        Assert.Equal("tom@example.com", after.GetAttribute("email"));
        Assert.Same(after, store.FindUser(pool, "tom"));
        Assert.Throws<KeyNotFoundException>(() => store.UpdateUser(pool, "ann", () => new KeyNotFoundException(), _ => { }));
    }

    [Fact]
    public void Concurrent_updates_of_one_user_are_all_applied()
    {
        using var store = new CognitoStore(new NoPersistence());
        var pool = Pool();
        store.TryAddUser(pool, NewUser("tom"), out _);

        Parallel.For(0, 500, _ => store.UpdateUser(pool, "tom", () => new KeyNotFoundException(), user => user.LastTotpStep++));

        Assert.Equal(499, store.FindUser(pool, "tom")!.LastTotpStep);
    }

    [Fact]
    public void A_callers_change_runs_outside_the_stores_lock()
    {
        using var store = new CognitoStore(new NoPersistence());
        var pool = Pool();
        store.TryAddUser(pool, NewUser("tom"), out _);
        var otherThreadGotIn = false;

        store.UpdateUser(pool, "tom", () => new KeyNotFoundException(), user =>
        {
            // Another thread reading the store meanwhile is not blocked (it would be if the change ran under the lock).
            otherThreadGotIn = Task.Run(() => store.FindUser(pool, "tom")).Wait(TimeSpan.FromSeconds(5));
            user.LastTotpStep = 7;
        });

        Assert.True(otherThreadGotIn);
        Assert.Equal(7, store.FindUser(pool, "tom")!.LastTotpStep);
    }

    [Fact]
    public void A_change_made_from_a_user_someone_else_changed_meanwhile_is_made_again_on_the_newer_user()
    {
        using var store = new CognitoStore(new NoPersistence());
        var pool = Pool();
        store.TryAddUser(pool, NewUser("tom"), out _);
        var runs = 0;

        store.UpdateUser(pool, "tom", () => new KeyNotFoundException(), user =>
        {
            if (++runs == 1)
            {
                Task.Run(() => store.UpdateUser(pool, "tom", () => new KeyNotFoundException(), other => other.SetAttribute("name", "Tom"))).Wait();
            }

            user.SetAttribute("email", "tom@example.com");
        });

        Assert.Equal(2, runs);
        var stored = store.FindUser(pool, "tom")!;
        Assert.Equal("Tom", stored.GetAttribute("name"));
        Assert.Equal("tom@example.com", stored.GetAttribute("email"));
    }

    private sealed class CountingPersistence : IEntityPersistence
    {
        public int Upserts { get; private set; }
        public IEnumerable<(string Kind, string Id, string Json)> LoadAll() => [];
        public void Upsert(string kind, string id, string json) => Upserts++;
        public void Delete(string kind, string id) { }
        public void Dispose() { }
    }
}
