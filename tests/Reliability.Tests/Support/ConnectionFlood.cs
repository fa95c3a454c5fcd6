using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reliability.Tests.Support;

/// <summary>
/// Thousands of TCP connections to a server that never finish a request: half send nothing, half send the start
/// of a request and stop (slow-loris). Disposing closes them all, which ends the flood.
/// </summary>
public sealed class ConnectionFlood : IDisposable
{
    private static readonly byte[] PartialRequest = Encoding.ASCII.GetBytes("POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: ");
    private readonly ConcurrentBag<Socket> _sockets = new();
    private int _connected;
    private int _failed;

    private ConnectionFlood()
    {
    }

    /// <summary>Connections the server accepted (it may have closed them since).</summary>
    public int Connected => _connected;

    /// <summary>Connections refused, reset or not accepted in time.</summary>
    public int Failed => _failed;

    /// <summary>How many sockets this process can open without running out of file descriptors itself.</summary>
    public static int AffordableConnections(int wanted)
    {
        const int keptForTheTestHost = 1_500;
        var limits = File.Exists("/proc/self/limits") ? File.ReadAllLines("/proc/self/limits") : [];
        var line = limits.FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal));
        var fields = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields is { Length: > 3 } && int.TryParse(fields[3], out var soft)
            ? Math.Clamp(soft - keptForTheTestHost, 0, wanted)
            : wanted;
    }

    public static async Task<ConnectionFlood> OpenAsync(Uri endpoint, int count, TimeSpan timeLimit)
    {
        var flood = new ConnectionFlood();
        using var deadline = new CancellationTokenSource(timeLimit);
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, _) =>
        {
            if (deadline.IsCancellationRequested)
            {
                Interlocked.Increment(ref flood._failed);
                return;
            }
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            flood._sockets.Add(socket);
            try
            {
                using var attempt = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token);
                attempt.CancelAfter(TimeSpan.FromSeconds(3));
                await socket.ConnectAsync(IPAddress.Loopback, endpoint.Port, attempt.Token);
                Interlocked.Increment(ref flood._connected);
                if (i % 2 == 0)
                {
                    await socket.SendAsync(PartialRequest, SocketFlags.None, attempt.Token);
                }
            }
            catch (Exception e) when (e is SocketException or OperationCanceledException)
            {
                Interlocked.Increment(ref flood._failed);
            }
        });
        return flood;
    }

    public void Dispose()
    {
        foreach (var socket in _sockets)
        {
            socket.Dispose();
        }
    }
}
