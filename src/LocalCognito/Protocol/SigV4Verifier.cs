using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;

namespace LocalCognito.Protocol;

/// <summary>
/// Verifies AWS Signature Version 4 (Authorization header form) for IAM-authorised operations: the configured
/// access key only, service "cognito-idp", any region, request time within 15 minutes of the server clock.
/// </summary>
public sealed class SigV4Verifier(string accessKeyId, string secretAccessKey, TimeProvider time)
{
    private const string Algorithm = "AWS4-HMAC-SHA256";
    private const string Service = "cognito-idp";
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public void Verify(HttpRequest request, byte[] body)
    {
        var authorization = request.Headers.Authorization.ToString();
        if (string.IsNullOrEmpty(authorization))
        {
            throw Errors.MissingAuthenticationToken();
        }

        if (!authorization.StartsWith(Algorithm + " ", StringComparison.Ordinal))
        {
            throw new CognitoException("IncompleteSignatureException", $"Authorization header requires the {Algorithm} algorithm.");
        }

        var fields = ParseAuthorization(authorization[(Algorithm.Length + 1)..]);
        if (!fields.TryGetValue("Credential", out var credential) || !fields.TryGetValue("SignedHeaders", out var signedHeaderList)
            || !fields.TryGetValue("Signature", out var signature))
        {
            throw new CognitoException("IncompleteSignatureException",
                "Authorization header requires 'Credential', 'SignedHeaders' and 'Signature' parameters.");
        }

        var scopeParts = credential.Split('/');
        if (scopeParts.Length != 5 || scopeParts[4] != "aws4_request")
        {
            throw new CognitoException("IncompleteSignatureException", "Credential is malformed; expected \"<key>/<date>/<region>/<service>/aws4_request\".");
        }

        var (keyId, date, region, service) = (scopeParts[0], scopeParts[1], scopeParts[2], scopeParts[3]);
        if (keyId != accessKeyId)
        {
            throw Errors.UnrecognizedClient();
        }

        if (service != Service)
        {
            throw Errors.InvalidSignature($"Credential should be scoped to correct service: '{Service}'.");
        }

        var amzDate = request.Headers["X-Amz-Date"].ToString();
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal, out var signedAt))
        {
            throw new CognitoException("IncompleteSignatureException", "Authorization requires an X-Amz-Date header in the form yyyyMMddTHHmmssZ.");
        }

        if (!amzDate.StartsWith(date, StringComparison.Ordinal))
        {
            throw Errors.InvalidSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP.");
        }

        var now = time.GetUtcNow();
        if ((now - signedAt).Duration() > AllowedSkew)
        {
            throw Errors.InvalidSignature($"Signature expired: {amzDate} is now earlier or later than {now.Subtract(AllowedSkew):yyyyMMdd'T'HHmmss'Z'} ({now:yyyyMMdd'T'HHmmss'Z'} - 15 min.)");
        }

        var signedHeaders = signedHeaderList.Split(';');
        var canonicalRequest = string.Join('\n',
            request.Method,
            CanonicalUri(request),
            CanonicalQuery(request),
            string.Concat(signedHeaders.Select(header => header + ":" + CanonicalHeaderValue(request, header) + "\n")),
            signedHeaderList,
            Convert.ToHexStringLower(SHA256.HashData(body)));
        var scope = $"{date}/{region}/{service}/aws4_request";
        var stringToSign = $"{Algorithm}\n{amzDate}\n{scope}\n{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest)))}";

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + secretAccessKey), date);
        key = Hmac(key, region);
        key = Hmac(key, service);
        key = Hmac(key, "aws4_request");
        var expected = Convert.ToHexStringLower(Hmac(key, stringToSign));
        if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(signature.ToLowerInvariant())))
        {
            throw Errors.InvalidSignature();
        }
    }

    private static Dictionary<string, string> ParseAuthorization(string parameters)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var part in parameters.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = part.IndexOf('=');
            if (equals > 0)
            {
                result[part[..equals]] = part[(equals + 1)..];
            }
        }
        return result;
    }

    // Every path segment URI-encoded (non-S3 services encode the already-encoded path once more).
    private static string CanonicalUri(HttpRequest request)
    {
        var raw = request.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var path = raw.Split('?')[0];
        if (path.Length == 0)
        {
            return "/";
        }

        return string.Join('/', path.Split('/').Select(segment => Uri.EscapeDataString(Uri.EscapeDataString(Uri.UnescapeDataString(segment)))));
    }

    private static string CanonicalQuery(HttpRequest request) =>
        string.Join('&', request.Query
            .SelectMany(parameter => parameter.Value.Select(value => (Key: Uri.EscapeDataString(parameter.Key), Value: Uri.EscapeDataString(value ?? ""))))
            .OrderBy(pair => pair.Key, StringComparer.Ordinal).ThenBy(pair => pair.Value, StringComparer.Ordinal)
            .Select(pair => pair.Key + "=" + pair.Value));

    private static string CanonicalHeaderValue(HttpRequest request, string name)
    {
        var values = request.Headers[name];
        return string.Join(',', values.Select(value => string.Join(' ', (value ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))));
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));
}
