using QRCoder;

namespace LocalCognito.ManagedLogin;

/// <summary>
/// The authenticator set-up QR code as a PNG data: URI, so the page needs no second request (which would carry the
/// secret in a URL) and no external asset. QRCoder's PNG writer is fully managed (no System.Drawing).
/// </summary>
public static class TotpQrCode
{
    private const int PixelsPerModule = 5;

    /// <summary>otpauth://totp/{issuer}:{user}?secret=...&amp;issuer=..., the URI authenticator apps scan.</summary>
    public static string OtpAuthUri(string issuer, string username, string base32Secret)
    {
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(username);
        return $"otpauth://totp/{label}?secret={base32Secret}&issuer={Uri.EscapeDataString(issuer)}";
    }

    public static string PngDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var png = new PngByteQRCode(data).GetGraphic(PixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    /// <summary>The secret in groups of four ("ABCD EFGH ..."), easier to type into an app by hand.</summary>
    public static string Grouped(string secret) =>
        string.Join(' ', Enumerable.Range(0, (secret.Length + 3) / 4).Select(i => secret.Substring(i * 4, Math.Min(4, secret.Length - (i * 4)))));
}
