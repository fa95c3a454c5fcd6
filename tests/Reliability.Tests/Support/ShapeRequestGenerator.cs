using System.Text;
using System.Text.Json.Nodes;

namespace Reliability.Tests.Support;

/// <summary>
/// Builds request bodies for one operation from its input shape in the service model (spec/), so every member of
/// every operation is exercised with values of the right type, at and past the model's bounds, and now and then
/// the wrong type, null or nothing. Names that LocalCognito looks up (pool, client, user, tokens) get real values
/// most of the time, so requests reach the operation's own rules instead of stopping at "not found".
/// </summary>
public sealed class ShapeRequestGenerator(Random random, JsonObject model, IReadOnlyDictionary<string, string[]> knownValues)
{
    private const int MaxDepth = 4;
    private static readonly string[] OddStrings =
        ["", " ", "null", "\u0000", "../../etc/passwd", "%00", "xn--", "\uD83D\uDE00", "\\\"", "<script>", "a=b; c", new string('9', 40)];

    private static readonly string[] ParameterNames =
    [
        "USERNAME", "PASSWORD", "REFRESH_TOKEN", "SECRET_HASH", "SRP_A", "DEVICE_KEY", "ANSWER", "NEW_PASSWORD",
        "SOFTWARE_TOKEN_MFA_CODE", "EMAIL_OTP_CODE", "PASSWORD_CLAIM_SIGNATURE", "PREFERRED_CHALLENGE", "ChallengeName",
    ];

    private JsonObject Shapes => model["shapes"]!.AsObject();

    /// <summary>A body for the operation's input shape.</summary>
    public JsonObject Body(string operation)
    {
        var input = model["operations"]![operation]!["input"]?["shape"]?.GetValue<string>();
        return input is null ? new JsonObject() : Structure(input, depth: 0);
    }

    private JsonObject Structure(string shapeName, int depth)
    {
        var shape = Shapes[shapeName]!.AsObject();
        var required = shape["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
        var body = new JsonObject();
        foreach (var (member, definition) in shape["members"]?.AsObject() ?? [])
        {
            // Required members are usually there; optional ones about half the time.
            if (random.Next(required.Contains(member) ? 12 : 2) == 0)
            {
                continue;
            }

            body[member] = random.Next(8) == 0 ? WrongType() : Value(member, definition!["shape"]!.GetValue<string>(), depth + 1);
        }

        return body;
    }

    private JsonNode? Value(string member, string shapeName, int depth)
    {
        var shape = Shapes[shapeName]!.AsObject();
        var type = shape["type"]!.GetValue<string>();
        if (depth > MaxDepth && type is "structure" or "list" or "map")
        {
            return null;
        }

        return type switch
        {
            "string" => StringValue(member, shape),
            "integer" or "long" => NumberValue(shape),
            "boolean" => random.Next(2) == 0,
            "timestamp" => random.Next(3) == 0 ? -1 : DateTimeOffset.UtcNow.ToUnixTimeSeconds() + random.Next(-100_000, 100_000),
            "blob" => Convert.ToBase64String(RandomBytes(random.Next(0, 64))),
            "list" => List(member, shape, depth),
            "map" => Map(shape, depth),
            "structure" => Structure(shapeName, depth),
            _ => null,
        };
    }

    private JsonNode StringValue(string member, JsonObject shape)
    {
        if (knownValues.TryGetValue(member, out var known) && random.Next(4) != 0)
        {
            return known[random.Next(known.Length)];
        }

        if (shape["enum"] is JsonArray values && random.Next(5) != 0)
        {
            return values[random.Next(values.Count)]!.GetValue<string>();
        }

        var min = shape["min"]?.GetValue<int>() ?? 0;
        var max = shape["max"]?.GetValue<int>() ?? 64;
        return random.Next(6) switch
        {
            0 => OddStrings[random.Next(OddStrings.Length)],
            1 => Text(Math.Min(max + 1, 4_096)), // one past the model's maximum
            2 => Text(Math.Max(min - 1, 0)),     // one short of its minimum
            _ => Text(random.Next(min, Math.Min(max, 48) + 1)),
        };
    }

    private JsonNode NumberValue(JsonObject shape)
    {
        var min = shape["min"]?.GetValue<long>() ?? 0;
        var max = shape["max"]?.GetValue<long>() ?? 1_000;
        long[] picks = [min, max, min - 1, max + 1, 0, -1, int.MaxValue, long.MaxValue, random.NextInt64(min, max + 1)];
        return picks[random.Next(picks.Length)];
    }

    private JsonArray List(string member, JsonObject shape, int depth)
    {
        var items = new JsonArray();
        var itemShape = shape["member"]!["shape"]!.GetValue<string>();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            items.Add(Value(member, itemShape, depth + 1));
        }

        return items;
    }

    private JsonObject Map(JsonObject shape, int depth)
    {
        var map = new JsonObject();
        var keyShape = shape["key"]!["shape"]!.GetValue<string>();
        var valueShape = shape["value"]!["shape"]!.GetValue<string>();
        for (var i = random.Next(0, 4); i > 0; i--)
        {
            // Mostly the challenge and auth parameter names LocalCognito reads, with their known values.
            var key = random.Next(3) == 0 ? StringValue("MapKey", Shapes[keyShape]!.AsObject()).GetValue<string>() : ParameterNames[random.Next(ParameterNames.Length)];
            map[key] = Value(key, valueShape, depth + 1);
        }

        return map;
    }

    private JsonNode? WrongType() => random.Next(6) switch
    {
        0 => null,
        1 => new JsonArray(1, "x"),
        2 => new JsonObject { ["x"] = 1 },
        3 => 1e300,
        4 => true,
        _ => Text(8),
    };

    private string Text(int length)
    {
        const string alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.@+=:/ ";
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            text.Append(random.Next(30) == 0 ? (char)random.Next(0x80, 0x2FF) : alphabet[random.Next(alphabet.Length)]);
        }

        return text.ToString();
    }

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
