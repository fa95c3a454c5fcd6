namespace CognitoSrp.Tests;

public sealed class SecretHashTests
{
    [Fact]
    public void Secret_hash_matches_an_independently_computed_value()
    {
        // Computed with Python: base64(hmac.new(b"client-secret-xyz", b"alice" + b"client-abc", sha256).digest())
        Assert.Equal("rpDS9lkey/2taaoVJeE0QbEWjBrf4o9B/Q3vPZh1Zqo=", SecretHash.Compute(username: "alice", clientId: "client-abc", clientSecret: "client-secret-xyz"));
    }

    [Fact]
    public void The_user_name_and_the_client_id_are_not_interchangeable()
    {
        // The message is username + clientId, so a caller that swaps the two gets another hash.
        Assert.NotEqual(
            SecretHash.Compute(username: "alice", clientId: "client-abc", clientSecret: "s"),
            SecretHash.Compute(username: "client-abc", clientId: "alice", clientSecret: "s"));
    }
}
