using System.Text.RegularExpressions;

namespace Conformance.Tests.Infrastructure;

/// <summary>Masks tokens, sessions and secrets before output reaches an assertion message.</summary>
public static partial class SecretRedaction
{
    public static string Redact(string text)
    {
        var masked = SecretJsonValue().Replace(text, m => $"\"{m.Groups["key"].Value}\": \"<redacted>\"");
        return Jwt().Replace(masked, "<redacted-jwt>");
    }

    [GeneratedRegex("\"(?<key>AccessToken|IdToken|RefreshToken|Session|SecretCode|Password|PASSWORD|SECRET_HASH|PasswordVerifier|accessToken|idToken|refreshToken|password|secretCode|totpCode)\"\\s*:\\s*\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex SecretJsonValue();

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*")]
    private static partial Regex Jwt();
}
