using System.Text;
using Reliability.Tests.Wire;

namespace Reliability.Tests.Support;

/// <summary>One request built to provoke the server, with the real operation it names (if any).</summary>
public sealed record MalformedRequest(string Kind, string? Operation, HttpRequestMessage Message);

/// <summary>
/// Builds random, mostly broken Cognito requests from a seeded <see cref="Random"/>: bodies that are not JSON
/// or are the wrong JSON, values of the wrong type or absurd size, unknown or missing targets, wrong content
/// types, and missing, forged or stale SigV4 signatures. The same seed gives the same requests.
/// </summary>
public sealed partial class MalformedRequestGenerator(
    Random random,
    CognitoWireClient wire,
    SigV4Signer signer,
    string userPoolId,
    string clientId,
    IReadOnlyList<string> operations)
{
    // Request members of the operations the scenario uses, so random bodies reach past the first check.
    private static readonly string[] Members =
    [
        "ClientId", "UserPoolId", "Username", "Password", "ConfirmationCode", "AuthFlow", "AuthParameters",
        "ChallengeName", "ChallengeResponses", "Session", "AccessToken", "UserCode", "SecretHash",
        "UserAttributes", "Limit", "PaginationToken", "Filter", "DeviceKey", "DeviceSecretVerifierConfig",
        "DeviceName", "MaxResults", "SoftwareTokenMfaSettings", "MfaConfiguration", "PoolName", "ClientName",
        "ExplicitAuthFlows", "ClientMetadata", "ForceAliasCreation", "FriendlyDeviceName", "AttributesToGet",
        "TemporaryPassword", "MessageAction", "Permanent", "AnalyticsMetadata", "UserContextData",
    ];

    private static readonly string[] Words =
    [
        "ADMIN_USER_PASSWORD_AUTH", "USER_PASSWORD_AUTH", "USER_SRP_AUTH", "REFRESH_TOKEN_AUTH", "CUSTOM_AUTH",
        "MFA_SETUP", "SOFTWARE_TOKEN_MFA", "DEVICE_SRP_AUTH", "PASSWORD_VERIFIER", "SMS_MFA", "ON", "OFF",
        "USERNAME", "PASSWORD", "SRP_A", "SECRET_HASH", "DEVICE_KEY", "SOFTWARE_TOKEN_MFA_CODE", "email",
        "123456", "000000", "Passw0rd!", "a@b.c", "username = \"x\"", "eyJhbGciOiJIUzI1NiJ9.e30.c2ln",
        "us-east-1_AAAAAAAAA", "us-east-1_00000000-0000-0000-0000-000000000000", "", " ", "null",
    ];

    private string[] ValueWords => [.. Words, userPoolId, clientId];

    public MalformedRequest Next() => random.Next(12) switch
    {
        0 => RandomMembers(sign: false),
        1 => RandomMembers(sign: true),
        2 => RandomBytes(),
        3 => BrokenJson(),
        4 => WrongTopLevelJson(),
        5 => DeepNesting(),
        6 => HugeStrings(),
        7 => UnknownTarget(),
        8 => WrongHeaders(),
        9 => BadSignature(),
        10 => InvalidUnicode(),
        _ => PlausibleCall(),
    };

    private MalformedRequest RandomMembers(bool sign)
    {
        var operation = Pick(operations);
        var body = JsonObjectText(random.Next(0, 8), depth: 0);
        return Build("random members", operation, body, sign);
    }

    private MalformedRequest PlausibleCall()
    {
        // Well-typed requests with made-up values, to reach deeper business checks.
        var operation = Pick(operations);
        var body = Json(w =>
        {
            w.WriteStartObject();
            w.WriteString("ClientId", random.Next(4) == 0 ? RandomText(26) : clientId);
            w.WriteString("UserPoolId", random.Next(4) == 0 ? "us-east-1_" + RandomText(9) : userPoolId);
            w.WriteString("Username", "fuzz-" + RandomText(random.Next(1, 20)));
            w.WriteString("Password", RandomText(random.Next(0, 20)));
            w.WriteString("Session", RandomText(random.Next(0, 300)));
            w.WriteString("AccessToken", RandomText(random.Next(0, 300)));
            w.WriteString("ConfirmationCode", random.Next(1_000_000).ToString("D6"));
            w.WriteString("UserCode", random.Next(1_000_000).ToString("D6"));
            w.WriteString("AuthFlow", Pick(Words));
            w.WriteString("ChallengeName", Pick(Words));
            w.WriteStartObject("AuthParameters");
            w.WriteString("USERNAME", "fuzz-" + RandomText(8));
            w.WriteString("PASSWORD", RandomText(12));
            w.WriteEndObject();
            w.WriteStartArray("UserAttributes");
            w.WriteStartObject();
            w.WriteString("Name", random.Next(2) == 0 ? "email" : RandomText(6));
            w.WriteString("Value", RandomText(10));
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
        return Build("plausible call", operation, body, sign: random.Next(3) != 0);
    }

    private MalformedRequest RandomBytes()
    {
        var bytes = new byte[random.Next(0, 4096)];
        random.NextBytes(bytes);
        return Build("random bytes", Pick(operations), bytes, sign: random.Next(2) == 0);
    }

    private MalformedRequest BrokenJson()
    {
        var valid = Encoding.UTF8.GetString(JsonObjectText(random.Next(1, 6), depth: 0));
        string[] broken =
        [
            valid[..random.Next(0, valid.Length)],
            valid + "}",
            valid + " trailing",
            valid.Replace('"', '\''),
            "{\"ClientId\": NaN}",
            "{\"Username\": undefined}",
            "{/* comment */ \"Username\": \"x\"}",
            "{\"Username\": \"x\",}",
            "{\"Username\" \"x\"}",
            "{\"a\":1,\"a\":2}",
            "{\"Limit\": 1e999999}",
            "{\"Limit\": 99999999999999999999999999999999}",
            "\u00ef\u00bb\u00bf{}",
            "{\"Username\":\"unterminated",
        ];
        return Build("broken JSON", Pick(operations), Encoding.UTF8.GetBytes(Pick(broken)), sign: random.Next(2) == 0);
    }

    private MalformedRequest WrongTopLevelJson()
    {
        string[] tops = ["null", "[]", "[{}]", "123", "-1.5e10", "\"text\"", "true", "false", "", " ", "{}"];
        return Build("wrong top-level JSON", Pick(operations), Encoding.UTF8.GetBytes(Pick(tops)), sign: random.Next(2) == 0);
    }

    private MalformedRequest DeepNesting()
    {
        var depth = random.Next(65, 20_000);
        var open = random.Next(2) == 0 ? "[" : "{\"AuthParameters\":";
        var close = open == "[" ? "]" : "}";
        var text = "{\"Username\":" + string.Concat(Enumerable.Repeat(open, depth)) + "1" +
                   string.Concat(Enumerable.Repeat(close, depth)) + "}";
        return Build("deep nesting", Pick(operations), Encoding.UTF8.GetBytes(text), sign: random.Next(2) == 0);
    }

    private MalformedRequest HugeStrings()
    {
        // Up to six members of up to 150,000 characters: large, yet under LocalCognito's 1 MiB body limit.
        var size = random.Next(2_049, 150_000);
        var body = Json(w =>
        {
            w.WriteStartObject();
            foreach (var member in new[] { "ClientId", "UserPoolId", "Username", "Password", "Session", Pick(Members) })
            {
                w.WriteString(member, random.Next(3) == 0 ? new string('x', size) : Pick(ValueWords));
            }
            w.WriteEndObject();
        });
        return Build("huge strings", Pick(operations), body, sign: random.Next(2) == 0);
    }

    private MalformedRequest UnknownTarget()
    {
        string?[] targets =
        [
            null,
            "",
            CognitoWireClient.TargetPrefix,
            CognitoWireClient.TargetPrefix + HeaderText(random.Next(1, 40)),
            CognitoWireClient.TargetPrefix + Pick(operations).ToLowerInvariant(),
            "AWSCognitoIdentityService." + Pick(operations),
            HeaderText(random.Next(1, 100)),
            Pick(operations),
            CognitoWireClient.TargetPrefix + Pick(operations) + "." + Pick(operations),
            CognitoWireClient.TargetPrefix + "../" + Pick(operations),
            CognitoWireClient.TargetPrefix + new string('A', 10_000),
        ];
        var target = Pick(targets);
        var body = Encoding.UTF8.GetBytes("{}");
        var request = wire.CreateRequest(target, body);
        if (random.Next(2) == 0 && target is not null)
        {
            wire.Sign(request, target, body, signer, DateTimeOffset.UtcNow);
        }
        return new MalformedRequest("unknown target", null, request);
    }

    private MalformedRequest WrongHeaders()
    {
        var operation = Pick(operations);
        var target = CognitoWireClient.TargetPrefix + operation;
        var body = JsonObjectText(random.Next(0, 4), depth: 0);
        var request = wire.CreateRequest(target, body);
        switch (random.Next(5))
        {
            case 0:
                request.Content!.Headers.ContentType = null;
                break;
            case 1:
                request.Content!.Headers.Remove("Content-Type");
                request.Content.Headers.TryAddWithoutValidation("Content-Type", Pick(new[]
                    { "application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "garbage/;;;" }));
                break;
            case 2:
                request.Headers.Remove("X-Amz-Target");
                request.Headers.TryAddWithoutValidation("X-Amz-Target", new[] { target, CognitoWireClient.TargetPrefix + Pick(operations) });
                break;
            case 3:
                request.Headers.TryAddWithoutValidation("X-Amz-Date", HeaderText(16));
                request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=local/" + HeaderText(30));
                break;
            default:
                request.Content!.Headers.ContentEncoding.Add("gzip");
                break;
        }
        return new MalformedRequest("wrong headers", operation, request);
    }

    private MalformedRequest BadSignature()
    {
        var operation = Pick(operations);
        var target = CognitoWireClient.TargetPrefix + operation;
        var body = JsonObjectText(random.Next(0, 4), depth: 0);
        var request = wire.CreateRequest(target, body);
        switch (random.Next(7))
        {
            case 0:
                wire.Sign(request, target, body, new SigV4Signer("AKIA" + HeaderText(16), "local", "us-east-1"), DateTimeOffset.UtcNow);
                break;
            case 1:
                wire.Sign(request, target, body, new SigV4Signer(signer.AccessKeyId, "wrong-" + RandomText(10), "us-east-1"), DateTimeOffset.UtcNow);
                break;
            case 2:
                wire.Sign(request, target, Encoding.UTF8.GetBytes("{\"other\":1}"), signer, DateTimeOffset.UtcNow);
                break;
            case 3:
                wire.Sign(request, target, body, signer, DateTimeOffset.UtcNow.AddHours(-random.Next(1, 48)));
                break;
            case 4:
                request.Headers.TryAddWithoutValidation("Authorization", Pick(new[]
                {
                    "", "AWS4-HMAC-SHA256", "AWS4-HMAC-SHA256 Credential=", "Bearer " + HeaderText(40),
                    "AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/cognito-idp/aws4_request, SignedHeaders=host, Signature=zz",
                    "AWS4-HMAC-SHA256 SignedHeaders=;;;, Signature=, Credential=////",
                    HeaderText(200),
                }));
                break;
            case 5:
                wire.Sign(request, target, body, new SigV4Signer(signer.AccessKeyId, "local", "eu-" + HeaderText(5)), DateTimeOffset.UtcNow);
                break;
            default:
                request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", HeaderText(100));
                wire.Sign(request, target, body, signer, DateTimeOffset.UtcNow);
                request.Headers.Remove("X-Amz-Date");
                break;
        }
        return new MalformedRequest("bad signature", operation, request);
    }

    private MalformedRequest InvalidUnicode()
    {
        string[] texts =
        [
            "{\"Username\":\"\\uD800\"}",
            "{\"Username\":\"\\uDC00x\"}",
            "{\"Username\":\"\\u0000\"}",
            "{\"Username\":\"\\x41\"}",
            "{\"\\uD83D\":\"x\"}",
        ];
        byte[][] raw =
        [
            [(byte)'{', (byte)'"', (byte)'U', (byte)'"', (byte)':', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)'}'],
            [(byte)'{', (byte)'"', 0xFF, 0xFE, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
            [0xFE, 0xFF, 0x00, (byte)'{', 0x00, (byte)'}'],
        ];
        var body = random.Next(2) == 0 ? Encoding.UTF8.GetBytes(Pick(texts)) : Pick(raw);
        return Build("invalid unicode", Pick(operations), body, sign: random.Next(2) == 0);
    }
}
