namespace Reliability.Tests.Support;

/// <summary>HttpClient settings for talking to a server on 127.0.0.1: never through a proxy, generous time-outs
/// (a loaded 2-core CI machine can be slow, and these tests assert outcomes, not speed).</summary>
public static class LoopbackHttp
{
    public static HttpClient Create(int maxConnections = int.MaxValue) =>
        new(new SocketsHttpHandler
        {
            UseProxy = false,
            MaxConnectionsPerServer = maxConnections,
            ConnectTimeout = TimeSpan.FromSeconds(30),
        })
        {
            Timeout = TimeSpan.FromSeconds(90),
        };
}
