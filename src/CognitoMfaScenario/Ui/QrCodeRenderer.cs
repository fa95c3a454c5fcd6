using QRCoder;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace CognitoMfaScenario.Ui;

/// <summary>
/// Draws QR codes in the terminal. Two module rows share one character cell (upper half block
/// with foreground = top module, background = bottom module), so the code is roughly square and
/// small. Colours are fixed black on white (not the theme's), so it scans on dark and light themes alike.
/// </summary>
public static class QrCodeRenderer
{
    private const int QuietZoneModules = 2;

    // Palette entries 16 and 231 are fixed #000000 and #ffffff; entries 0 and 15 ("black", "white")
    // follow the terminal theme, and some themes make them grey or swap them.
    private static readonly Color Dark = Color.Grey0;
    private static readonly Color Light = Color.Grey100;

    /// <summary>The otpauth URI authenticator apps understand.</summary>
    public static string OtpAuthUri(string issuer, string username, string base32Secret)
    {
        var label = Uri.EscapeDataString(issuer) + ":" + Uri.EscapeDataString(username);
        return $"otpauth://totp/{label}?secret={base32Secret}&issuer={Uri.EscapeDataString(issuer)}";
    }

    /// <summary>The module matrix of a QR code, true = dark, including a quiet zone.</summary>
    public static bool[,] Modules(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);

        // QRCoder's matrix already has a 4-module quiet zone; trim it to 2 to keep the code small
        // in the terminal (the white background around it adds to the margin).
        var built = data.ModuleMatrix;
        var trim = 4 - QuietZoneModules;
        var size = built.Count - (2 * trim);
        var modules = new bool[size, size];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                modules[y, x] = built[y + trim][x + trim];
            }
        }

        return modules;
    }

    /// <summary>A renderable QR code for Spectre.Console.</summary>
    /// <param name="text">What to encode.</param>
    /// <param name="useColour">
    /// True: half blocks coloured black on white (scans on any terminal theme). False (no colour
    /// support, e.g. output redirected to a file): dark modules drawn as ink, for light backgrounds.
    /// </param>
    public static IRenderable Render(string text, bool useColour) => Render(Modules(text), useColour);

    /// <summary>A renderable for a module matrix (also used by tests to check the drawing).</summary>
    public static IRenderable Render(bool[,] modules, bool useColour)
    {
        var size = modules.GetLength(0);
        var result = new Paragraph();
        for (var y = 0; y < size; y += 2)
        {
            // Consecutive cells with the same pair of modules share one styled run.
            var x = 0;
            while (x < size)
            {
                var pair = PairAt(modules, x, y);
                var run = 1;
                while (x + run < size && PairAt(modules, x + run, y) == pair)
                {
                    run++;
                }

                if (useColour)
                {
                    var style = new Style(pair.Top ? Dark : Light, pair.Bottom ? Dark : Light);
                    result.Append(new string('▀', run), style);
                }
                else
                {
                    result.Append(new string(InkCharacter(pair), run));
                }

                x += run;
            }

            result.Append("\n");
        }

        return result;
    }

    private static (bool Top, bool Bottom) PairAt(bool[,] modules, int x, int y) =>
        (modules[y, x], y + 1 < modules.GetLength(0) && modules[y + 1, x]);

    private static char InkCharacter((bool Top, bool Bottom) pair) => pair switch
    {
        (true, true) => '█',
        (true, false) => '▀',
        (false, true) => '▄',
        _ => ' ',
    };

    /// <summary>The same code as a PNG image (for --qr-png), 10 pixels per module.</summary>
    public static byte[] Png(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(10);
    }
}
