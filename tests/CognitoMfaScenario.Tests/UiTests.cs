using CognitoMfaScenario.Ui;
using QRCoder;
using Spectre.Console;
using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests;

public sealed class UiTests
{
    [Theory]
    [InlineData("JBSWY3DPEHPK3PXP", "JBSW Y3DP EHPK 3PXP")]
    [InlineData("ABCDEFGHIJ", "ABCD EFGH IJ")]
    [InlineData("AB CD", "ABCD")]
    public void Secrets_are_grouped_by_four(string secret, string expected) =>
        Assert.Equal(expected, SecretFormatter.Group(secret));

    [Fact]
    public void Tokens_are_truncated_to_their_ends_and_length()
    {
        var token = "eyJhbGciOiJSUzI1NiJ9." + new string('x', 100) + ".signature-part";

        var shown = SecretFormatter.Truncate(token);

        Assert.Equal($"eyJhbGciOiJS…ignature-part ({token.Length} chars)".Replace("ignature-part", token[^12..], StringComparison.Ordinal), shown);
        Assert.DoesNotContain(new string('x', 20), shown);
        Assert.Equal("(none)", SecretFormatter.Truncate(null));
    }

    [Theory]
    [InlineData("CONFIRMATION_CODE", null, "Your verification code", "Your confirmation code is 123456")]
    [InlineData("PASSWORD_RESET_CODE", null, "Your verification code", "Your password reset code is 123456")]
    [InlineData("MFA_CODE", "Your CognitoMfaScenario sign-in code", "Your CognitoMfaScenario sign-in code", "Your sign-in code is 123456")]
    public void The_local_email_shows_the_message_s_subject_and_names_its_code(string kind, string? subject, string shownSubject, string sentence)
    {
        using var console = new TestConsole();
        console.Profile.Width = 120;

        EmailBox.Write(console, new Local.LocalEmail("us-east-1_P", "ann", "ann@example.com", kind, "123456", DateTimeOffset.UnixEpoch, subject));

        Assert.Contains($"Subject: {shownSubject}", console.Output);
        Assert.Contains(sentence, console.Output);
    }

    [Fact]
    public void Otpauth_uri_names_issuer_and_user_and_carries_the_secret()
    {
        Assert.Equal("otpauth://totp/CognitoMfaScenario:ann%40example.com?secret=ABCD&issuer=CognitoMfaScenario",
            QrCodeRenderer.OtpAuthUri("CognitoMfaScenario", "ann@example.com", "ABCD"));
    }

    [Fact]
    public void Ink_drawing_reproduces_every_module_of_the_QR_code_with_a_quiet_zone()
    {
        const string text = "otpauth://totp/CognitoMfaScenario:ann?secret=JBSWY3DPEHPK3PXP&issuer=CognitoMfaScenario";
        var modules = QrCodeRenderer.Modules(text);
        using var console = new TestConsole();
        console.Profile.Width = 200;

        console.Write(QrCodeRenderer.Render(modules, useColour: false));

        var lines = console.Output.Split('\n').Where(l => l.Length > 0).ToList();
        var size = modules.GetLength(0);
        Assert.Equal((size + 1) / 2, lines.Count); // two module rows per text line
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var cell = lines[y / 2][x];
                var drawn = y % 2 == 0 ? cell is '█' or '▀' : cell is '█' or '▄';
                Assert.Equal(modules[y, x], drawn);
            }
        }

        // Quiet zone: the outer two rings are light.
        for (var i = 0; i < size; i++)
        {
            Assert.False(modules[0, i] || modules[1, i] || modules[i, 0] || modules[i, 1]);
        }

        // Same payload as QRCoder's own matrix (minus its wider quiet zone).
        using var data = new QRCodeGenerator().CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        Assert.Equal(data.ModuleMatrix.Count - 4, size);
        Assert.Equal(data.ModuleMatrix[10][10], modules[8, 8]);
    }

    [Fact]
    public void Colour_drawing_uses_explicit_black_and_white_half_blocks()
    {
        using var console = new TestConsole().Colors(ColorSystem.EightBit).EmitAnsiSequences();
        console.Profile.Width = 200;

        console.Write(QrCodeRenderer.Render("hello", useColour: true));

        Assert.Contains("▀", console.Output);
        Assert.DoesNotContain("█", console.Output);
        var colours = System.Text.RegularExpressions.Regex.Matches(console.Output, @"38;5;(\d+);48;5;(\d+)m")
            .Select(m => (Foreground: m.Groups[1].Value, Background: m.Groups[2].Value))
            .Distinct()
            .ToList();
        // 16 and 231 are the palette's fixed #000000 and #ffffff (0 and 15 would follow the theme).
        Assert.Contains(("16", "231"), colours);                       // dark module above a light one
        Assert.Contains(("231", "231"), colours);                      // quiet zone
        Assert.All(colours, c => Assert.Contains(c.Foreground, new[] { "16", "231" }));
        Assert.All(colours, c => Assert.Contains(c.Background, new[] { "16", "231" }));
    }

    [Fact]
    public void Png_is_a_PNG_image()
    {
        var png = QrCodeRenderer.Png("otpauth://totp/x?secret=ABCD");

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, png[..4]);
    }
}
