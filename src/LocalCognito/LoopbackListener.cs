using System.Net;
using System.Net.Sockets;

namespace LocalCognito;

/// <summary>A TCP socket on 127.0.0.1, bound and listening before the server behind it has started.</summary>
internal static class LoopbackListener
{
    /// <summary>Binds 127.0.0.1:port (0 picks a free port) and starts listening, so connections queue at once.</summary>
    /// <exception cref="IOException">The port is taken or cannot be bound (worded like Kestrel's own failure).</exception>
    public static Socket Bind(int port)
    {
        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            socket.Listen(512);
            return socket;
        }
        catch (SocketException failure)
        {
            socket.Dispose();
            throw new IOException($"Failed to bind to address http://127.0.0.1:{port}: {failure.Message}", failure);
        }
    }
}
