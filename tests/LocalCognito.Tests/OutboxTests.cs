using System.Text.Json.Nodes;

namespace LocalCognito.Tests;

public sealed class OutboxTests
{
    [Fact]
    public async Task The_outbox_endpoint_lists_codes_oldest_first_with_the_documented_shape()
    {
        await using var t = await TestServer.StartAsync();
        await t.SignUpAsync("ann");
        t.Time.Advance(TimeSpan.FromSeconds(5));
        await t.SignUpAsync("bob");

        var all = JsonNode.Parse(await t.Http.GetStringAsync("/_local/outbox"))!.AsArray();
        Assert.Equal(2, all.Count);
        var first = all[0]!.AsObject();
        Assert.Equal(["poolId", "username", "destination", "kind", "code", "sentAt", "subject", "message"], first.Select(p => p.Key));
        Assert.Equal("ann", first["username"]!.GetValue<string>());
        Assert.Equal("ann@example.com", first["destination"]!.GetValue<string>());
        Assert.Equal(t.PoolId, first["poolId"]!.GetValue<string>());
        Assert.Equal(t.LatestCode("ann"), first["code"]!.GetValue<string>());
        Assert.True(DateTimeOffset.TryParse(first["sentAt"]!.GetValue<string>(), out var sentAt));
        Assert.Equal(t.Time.GetUtcNow() - TimeSpan.FromSeconds(5), sentAt);
        Assert.Equal("bob", all[1]!["username"]!.GetValue<string>());

        var onlyBob = JsonNode.Parse(await t.Http.GetStringAsync($"/_local/outbox?username=bob&poolId={t.PoolId}"))!.AsArray();
        Assert.Equal("bob", Assert.Single(onlyBob)!["username"]!.GetValue<string>());
    }
}
