using CognitoMfaScenario.Configuration;
using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>Shows a new authenticator secret for adding it to an app: as grouped text, as a QR code, and with --qr-png as a PNG.</summary>
public sealed class AuthenticatorSecretView(IAnsiConsole console, ScenarioOptions options)
{
    /// <param name="issuer">The name the app shows next to the account.</param>
    /// <param name="username">The account name in the app.</param>
    /// <param name="secret">The base32 secret.</param>
    /// <param name="cancellationToken">Cancels writing the PNG.</param>
    public async Task ShowAsync(string issuer, string username, string secret, CancellationToken cancellationToken)
    {
        var uri = QrCodeRenderer.OtpAuthUri(issuer, username, secret);
        console.Info("Add an account to your authenticator app (Google Authenticator, Microsoft Authenticator, 1Password, …):");
        console.Info("scan the QR code, or choose \"enter a setup key\" and type the secret.");
        console.MarkupLine($"  [grey]Secret:[/] [bold]{Markup.Escape(SecretFormatter.Group(secret))}[/]  [grey](time-based, 6 digits, 30 s)[/]");
        // Colours need ANSI output; redirected output gets the ink-only drawing.
        var colour = console.Profile.Capabilities.Ansi && console.Profile.Capabilities.ColorSystem != ColorSystem.NoColors;
        console.Write(QrCodeRenderer.Render(uri, colour));
        if (!colour)
        {
            console.Info("(No colours on this output: if the code does not scan, use --qr-png PATH or type the secret.)");
        }

        if (options.QrPng is { } pngPath)
        {
            await WritePngAsync(pngPath, uri, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WritePngAsync(string path, string otpAuthUri, CancellationToken cancellationToken)
    {
        try
        {
            await File.WriteAllBytesAsync(path, QrCodeRenderer.Png(otpAuthUri), cancellationToken).ConfigureAwait(false);
            console.Success($"QR code also written to {Path.GetFullPath(path)}.");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The terminal QR code and the secret are on screen, so the scenario can go on.
            console.Warning($"Could not write the QR code to {path}: {exception.Message}");
        }
    }
}
