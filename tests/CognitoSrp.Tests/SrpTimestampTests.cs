using System.Globalization;
using System.Text.Json.Nodes;
using CognitoSrp.Tests.Support;

namespace CognitoSrp.Tests;

public sealed class SrpTimestampTests
{
    [Theory]
    [InlineData("2026-03-03T07:04:05Z", "Tue Mar 3 07:04:05 UTC 2026")]
    [InlineData("2026-11-26T06:52:19Z", "Thu Nov 26 06:52:19 UTC 2026")]
    [InlineData("2024-02-29T23:59:59Z", "Thu Feb 29 23:59:59 UTC 2024")]
    [InlineData("2025-01-01T00:00:00Z", "Wed Jan 1 00:00:00 UTC 2025")]
    [InlineData("2025-12-09T12:00:09Z", "Tue Dec 9 12:00:09 UTC 2025")]
    public void FormatsLikeCognitoClients(string instant, string expected) =>
        Assert.Equal(expected, SrpTimestamp.Format(DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture)));

    [Fact]
    public void ConvertsToUtcFirst()
    {
        var local = new DateTimeOffset(2026, 3, 3, 21, 4, 5, TimeSpan.FromHours(14));

        Assert.Equal("Tue Mar 3 07:04:05 UTC 2026", SrpTimestamp.Format(local));
    }

    [Fact]
    public void MatchesAmazonCognitoIdentityJsDateHelper()
    {
        DateTimeOffset[] instants =
        [
            new(2026, 3, 3, 7, 4, 5, TimeSpan.Zero),
            new(2026, 11, 26, 6, 52, 19, TimeSpan.Zero),
            new(2024, 2, 29, 23, 59, 59, TimeSpan.Zero),
            new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            new(2030, 10, 10, 10, 10, 10, TimeSpan.Zero),
            new(2027, 6, 6, 9, 9, 9, TimeSpan.Zero),
        ];
        var input = new JsonArray(instants.Select(i => (JsonNode)new JsonObject { ["epochMilliseconds"] = i.ToUnixTimeMilliseconds() }).ToArray());

        var output = NodeWitness.Run("timestamp.mjs", input).AsArray();

        Assert.Equal(instants.Length, output.Count);
        for (var i = 0; i < instants.Length; i++)
        {
            Assert.Equal((string?)output[i]!["timestamp"], SrpTimestamp.Format(instants[i]));
        }
    }
}
