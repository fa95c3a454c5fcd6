using System.Globalization;
using System.Text;
using Amazon.Runtime.Internal.Auth;

namespace LocalCognito.Triggers;

/// <summary>
/// Signs an Invoke API request with SigV4 (service "lambda") using AWSSDK.Core's signer. The canonical request is
/// short because the request is always the same shape: POST, a path of unreserved characters, at most a Qualifier.
/// </summary>
public static class LambdaRequestSigner
{
    private const string Service = "lambda";

    public static void Sign(HttpRequestMessage request, byte[] body, string region, string accessKeyId, string secretAccessKey,
        string? sessionToken, DateTime signedAtUtc)
    {
        var uri = request.RequestUri!;
        var bodyHash = AWS4Signer.ComputeHash(body).ToHexLower();
        var amzDate = signedAtUtc.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var headers = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["host"] = uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}",
            ["x-amz-content-sha256"] = bodyHash,
            ["x-amz-date"] = amzDate,
        };
        if (sessionToken is not null)
        {
            headers["x-amz-security-token"] = sessionToken;
        }

        var signedHeaders = string.Join(';', headers.Keys);
        var canonical = new StringBuilder()
            .Append("POST\n")
            .Append(uri.AbsolutePath).Append('\n')
            .Append(uri.Query.TrimStart('?')).Append('\n')
            .Append(string.Concat(headers.Select(header => $"{header.Key}:{header.Value.Trim()}\n"))).Append('\n')
            .Append(signedHeaders).Append('\n')
            .Append(bodyHash)
            .ToString();
        var result = AWS4Signer.ComputeSignature(accessKeyId, secretAccessKey, region, signedAtUtc, Service, signedHeaders, canonical);

        request.Headers.TryAddWithoutValidation("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation("X-Amz-Content-SHA256", bodyHash);
        if (sessionToken is not null)
        {
            request.Headers.TryAddWithoutValidation("X-Amz-Security-Token", sessionToken);
        }

        request.Headers.TryAddWithoutValidation("Authorization", result.ForAuthorizationHeader);
    }

    private static string ToHexLower(this byte[] bytes) => Convert.ToHexStringLower(bytes);
}
