using System.Text.RegularExpressions;
using TestSupport;

namespace LocalCognito.Tests;

/// <summary>The standalone program: one line with URL, pool and client; SIGTERM stops it; --data keeps the default pool.</summary>
public sealed partial class StandaloneTests : IDisposable
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "localcognito-standalone-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    [Fact]
    public async Task Prints_one_line_stops_on_SIGTERM_and_reuses_the_default_pool_with_data()
    {
        var first = await RunUntilStartedAndStopAsync();
        var second = await RunUntilStartedAndStopAsync();
        Assert.Equal(first.PoolId, second.PoolId);
        Assert.Equal(first.ClientId, second.ClientId);
    }

    private async Task<(string PoolId, string ClientId)> RunUntilStartedAndStopAsync()
    {
        using var server = await StandaloneLocalCognito.StartAsync(_data, TimeSpan.FromSeconds(30));
        Assert.Matches(StartLine(), server.StartLine);
        using (var http = new HttpClient { BaseAddress = server.Endpoint })
        {
            Assert.Equal("[]", await http.GetStringAsync("/_local/outbox"));
        }

        Assert.Equal(0, await server.StopAsync(TimeSpan.FromSeconds(20)));
        return (server.UserPoolId, server.ClientId);
    }

    [GeneratedRegex(@"^LocalCognito listening on http://127\.0\.0\.1:\d+/ region us-east-1 user pool us-east-1_[A-Za-z0-9]{9} client [a-z0-9]{26}$")]
    private static partial Regex StartLine();
}
