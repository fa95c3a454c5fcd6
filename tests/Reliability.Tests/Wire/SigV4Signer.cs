using System.Security.Cryptography;
using System.Text;

namespace Reliability.Tests.Wire;

/// <summary>
/// AWS Signature Version 4 for Cognito's JSON 1.1 calls (POST /, service "cognito-idp").
/// The signing key depends only on the date, so it is derived once per day and reused:
/// a load generator signs thousands of requests a second.
/// </summary>
public sealed class SigV4Signer(string accessKeyId, string secretAccessKey, string region)
{
    public const string SignedHeaders = "content-type;host;x-amz-date;x-amz-target";
    private const string Service = "cognito-idp";

    private readonly Lock _keyLock = new();
    private string _keyDate = "";
    private byte[] _signingKey = [];

    public string AccessKeyId => accessKeyId;

    /// <summary>The Authorization header value for a request with these signed headers and body.</summary>
    public string Authorization(string host, string amzDate, string target, ReadOnlySpan<byte> body)
    {
        var date = amzDate[..8];
        var scope = $"{date}/{region}/{Service}/aws4_request";
        var canonicalRequest =
            "POST\n/\n\n" +
            $"content-type:{CognitoWireClient.JsonContentType}\nhost:{host}\nx-amz-date:{amzDate}\nx-amz-target:{target}\n\n" +
            $"{SignedHeaders}\n{Hex(SHA256.HashData(body))}";
        var stringToSign =
            $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";
        var signature = Hex(HMACSHA256.HashData(SigningKey(date), Encoding.UTF8.GetBytes(stringToSign)));
        return $"AWS4-HMAC-SHA256 Credential={accessKeyId}/{scope}, SignedHeaders={SignedHeaders}, Signature={signature}";
    }

    public static string AmzDate(DateTimeOffset utc) => utc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'");

    private byte[] SigningKey(string date)
    {
        lock (_keyLock)
        {
            if (_keyDate != date)
            {
                var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), date);
                key = Hmac(key, region);
                key = Hmac(key, Service);
                _signingKey = Hmac(key, "aws4_request");
                _keyDate = date;
            }
            return _signingKey;
        }
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
