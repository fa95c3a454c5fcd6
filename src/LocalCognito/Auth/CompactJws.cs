using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace LocalCognito.Auth;

/// <summary>
/// Reads a token that must be a signed JWT in compact form (three parts). Anything else — a JWE's five parts,
/// bad base64, a header that is not JSON — is simply not a token, never an exception.
/// </summary>
public static class CompactJws
{
    public static JsonWebToken? TryRead(string text)
    {
        if (text.Count(c => c == '.') != 2)
        {
            return null;
        }

        try
        {
            return new JsonWebToken(text);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
