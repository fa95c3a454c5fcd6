using System.Security.Cryptography;

namespace CognitoSrp.Tests.Support;

/// <summary>A broken generator that always returns the same byte (to check the library does not loop forever).</summary>
internal sealed class ConstantRandom(byte value) : RandomNumberGenerator
{
    public override void GetBytes(byte[] data) => data.AsSpan().Fill(value);

    public override void GetBytes(Span<byte> data) => data.Fill(value);
}
