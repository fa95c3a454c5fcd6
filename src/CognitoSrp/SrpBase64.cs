namespace CognitoSrp;

/// <summary>Base64 decoding that reports malformed input as an <see cref="ArgumentException"/>.</summary>
internal static class SrpBase64
{
    public static byte[] Decode(string base64, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(base64, parameterName);
        if (base64.Length == 0)
        {
            throw new ArgumentException("Expected base64 data but the value is empty.", parameterName);
        }

        var buffer = new byte[(base64.Length * 3 + 3) / 4];
        if (!Convert.TryFromBase64String(base64, buffer, out var written))
        {
            throw new ArgumentException("Expected base64 data but the value is not valid base64.", parameterName);
        }

        return buffer[..written];
    }
}
