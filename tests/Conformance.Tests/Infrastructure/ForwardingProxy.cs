using System.Net;
using System.Net.Sockets;

namespace Conformance.Tests.Infrastructure;

/// <summary>
/// A reverse proxy as small as it gets: listens on its own loopback port and copies every connection's bytes to and
/// from the upstream server unchanged. Clients that call it send their own Host header (127.0.0.1:&lt;proxy port&gt;),
/// as they would to a proxy, a `docker -p` mapping or a tunnel in front of LocalCognito.
/// </summary>
public sealed class ForwardingProxy : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly Uri _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _pipes = [];
    private readonly Task _accepting;
    private int _connections;

    private ForwardingProxy(Uri upstream)
    {
        _upstream = upstream;
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start();
        _accepting = AcceptAsync();
    }

    /// <summary>http://127.0.0.1:&lt;proxy port&gt;/</summary>
    public Uri Endpoint => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    /// <summary>How many client connections went through the proxy.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public static ForwardingProxy Start(Uri upstream) => new(upstream);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        Task[] pipes;
        lock (_pipes)
        {
            pipes = [.. _pipes];
        }

        await Task.WhenAll(pipes);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            lock (_pipes)
            {
                _pipes.Add(PipeAsync(client));
            }
        }
    }

    private async Task PipeAsync(TcpClient client)
    {
        using (client)
        using (var upstream = new TcpClient())
        {
            try
            {
                await upstream.ConnectAsync(_upstream.Host, _upstream.Port, _stop.Token);
                var downstream = client.GetStream();
                var upstreamStream = upstream.GetStream();
                // Either side closing ends the exchange (HTTP clients do not half-close mid-request).
                await Task.WhenAny(
                    downstream.CopyToAsync(upstreamStream, _stop.Token),
                    upstreamStream.CopyToAsync(downstream, _stop.Token));
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // A closed or reset connection ends the pipe; the client sees it as a network error.
            }
        }
    }
}
