using System.Text.Json.Nodes;

namespace Reliability.Tests.Support;

/// <summary>Reads a JWT's payload without validating it (the conformance tests validate signatures).</summary>
public static class JwtClaims
{
    public static JsonObject Payload(string jwt)
    {
        var parts = jwt.Split('.');
        if (parts.Length != 3)
        {
            throw new FormatException("A JWT has three dot-separated parts.");
        }
        var base64 = parts[1].Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + (4 - base64.Length % 4) % 4, '=');
        return JsonNode.Parse(Convert.FromBase64String(base64)) as JsonObject
               ?? throw new FormatException("The JWT payload is not a JSON object.");
    }
}
