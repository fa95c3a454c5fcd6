using System.Security.Cryptography;

namespace CognitoSrp.Tests.Support;

/// <summary>
/// A repeatable byte stream (SHA-256 of seed and counter) standing in for the system generator, so a test can
/// know the secret a client or server picked. Two instances with the same seed produce the same bytes.
/// </summary>
internal sealed class DeterministicRandom(string seed) : RandomNumberGenerator
{
    private readonly byte[] _seed = System.Text.Encoding.UTF8.GetBytes(seed);
    private readonly Queue<byte> _buffered = new();
    private long _counter;

    public override void GetBytes(byte[] data) => GetBytes(data.AsSpan());

    public override void GetBytes(Span<byte> data)
    {
        for (var i = 0; i < data.Length; i++)
        {
            if (_buffered.Count == 0)
            {
                var block = SHA256.HashData([.. _seed, .. BitConverter.GetBytes(_counter++)]);
                foreach (var b in block)
                {
                    _buffered.Enqueue(b);
                }
            }

            data[i] = _buffered.Dequeue();
        }
    }

    /// <summary>The next bytes of the stream, e.g. what a fresh instance will hand out first.</summary>
    public byte[] Take(int count)
    {
        var bytes = new byte[count];
        GetBytes(bytes);
        return bytes;
    }
}
