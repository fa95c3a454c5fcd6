using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CognitoIdentityProvider.Client.Tests.Infrastructure;

/// <summary>
/// A real HTTP server on 127.0.0.1 that records every request and answers from a queue of canned responses
/// (200 "{}" when the queue is empty). Every response carries an x-amzn-RequestId.
/// </summary>
public sealed class FakeCognitoServer : IAsyncDisposable
{
    private readonly HttpListener _listener;
    private readonly ConcurrentQueue<CannedResponse> _responses = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly Task _loop;
    private int _requestCounter;

    private FakeCognitoServer(HttpListener listener, Uri url)
    {
        _listener = listener;
        Url = url;
        _loop = Task.Run(ServeAsync);
    }

    public Uri Url { get; }

    public IReadOnlyList<RecordedRequest> Requests => _requests.ToArray();

    public RecordedRequest SingleRequest => Assert.Single(Requests);

    public static FakeCognitoServer Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            var listener = new HttpListener();
            var url = new Uri($"http://127.0.0.1:{port}/");
            listener.Prefixes.Add(url.ToString());
            try
            {
                listener.Start();
                return new FakeCognitoServer(listener, url);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken between probing and binding; try another
            }
        }
    }

    public void Enqueue(CannedResponse response) => _responses.Enqueue(response);

    public void EnqueueJson(string body) => Enqueue(new CannedResponse(200, body));

    public static string RequestIdFor(int n) => $"req-{n:D4}";

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (!_listener.IsListening)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            await HandleAsync(context);
        }
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var request = context.Request;
        using var reader = new StreamReader(request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = request.Headers.AllKeys
            .Where(k => k != null)
            .ToDictionary(k => k!, k => request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
        _requests.Enqueue(new RecordedRequest(request.HttpMethod, request.RawUrl ?? "/", headers, body));

        var canned = _responses.TryDequeue(out var next) ? next : new CannedResponse(200, "{}");
        var response = context.Response;
        response.StatusCode = canned.Status;
        response.ContentType = "application/x-amz-json-1.1";
        response.Headers["x-amzn-RequestId"] = RequestIdFor(Interlocked.Increment(ref _requestCounter));
        foreach (var (name, value) in canned.Headers ?? new Dictionary<string, string>())
        {
            response.Headers[name] = value;
        }
        var bytes = Encoding.UTF8.GetBytes(canned.Body);
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        // Stop ends the serving loop and releases the port. No Close after it: on Linux, Close after Stop binds the
        // port again briefly and fails with "Address already in use" when another process has taken it meanwhile.
        _listener.Stop();
        // The managed HttpListener can leave a GetContextAsync that started as Stop ran pending forever (seen once
        // in CI: the test host hung here). The port is released either way, so wait a bounded time, not forever.
        var finished = await Task.WhenAny(_loop, Task.Delay(LoopStopTimeout));
        if (finished != _loop)
        {
            return;
        }

        try
        {
            await _loop;
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static readonly TimeSpan LoopStopTimeout = TimeSpan.FromSeconds(5);
}
