using System.Text;
using System.Text.Json;
using Reliability.Tests.Wire;

namespace Reliability.Tests.Support;

/// <summary>The pieces the malformed requests are made of: the signed or unsigned message, random JSON, random text.</summary>
public sealed partial class MalformedRequestGenerator
{
    private MalformedRequest Build(string kind, string operation, byte[] body, bool sign)
    {
        var target = CognitoWireClient.TargetPrefix + operation;
        var request = wire.CreateRequest(target, body);
        if (sign)
        {
            wire.Sign(request, target, body, signer, DateTimeOffset.UtcNow);
        }
        return new MalformedRequest(kind, operation, request);
    }

    private byte[] JsonObjectText(int members, int depth) => Json(w => WriteObject(w, members, depth));

    private void WriteObject(Utf8JsonWriter w, int members, int depth)
    {
        w.WriteStartObject();
        for (var i = 0; i < members; i++)
        {
            w.WritePropertyName(random.Next(8) == 0 ? RandomText(random.Next(0, 12)) : Pick(Members));
            WriteValue(w, depth);
        }
        w.WriteEndObject();
    }

    private void WriteValue(Utf8JsonWriter w, int depth)
    {
        switch (random.Next(depth > 3 ? 8 : 11))
        {
            case 0: w.WriteNullValue(); break;
            case 1: w.WriteBooleanValue(random.Next(2) == 0); break;
            case 2: w.WriteNumberValue(random.Next(int.MinValue, int.MaxValue)); break;
            case 3: w.WriteNumberValue(Pick(new[] { double.MaxValue, double.Epsilon, -0.0, 1e20, 0.5 })); break;
            case 4: w.WriteStringValue(RandomText(random.Next(0, 64))); break;
            case 5:
            case 6:
            case 7: w.WriteStringValue(Pick(ValueWords)); break;
            case 8:
                w.WriteStartArray();
                for (var i = random.Next(0, 5); i > 0; i--)
                {
                    WriteValue(w, depth + 1);
                }
                w.WriteEndArray();
                break;
            default: WriteObject(w, random.Next(0, 5), depth + 1); break;
        }
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            write(writer);
        }
        return buffer.ToArray();
    }

    private string RandomText(int length)
    {
        // Mostly ASCII, with some control characters, non-Latin letters and emoji.
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@+=/ \t\n\"\\%";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(20) switch
            {
                0 => (char)random.Next(0, 32),
                1 => (char)random.Next(0x400, 0x4FF),
                2 => "😀",
                _ => alphabet[random.Next(alphabet.Length)],
            });
        }
        return text.ToString();
    }

    /// <summary>Printable ASCII only: HttpClient refuses to send anything else in a header.</summary>
    private string HeaderText(int length)
    {
        var text = new char[length];
        for (var i = 0; i < length; i++)
        {
            text[i] = (char)random.Next(0x21, 0x7F);
        }
        return new string(text);
    }

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
