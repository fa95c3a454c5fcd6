using System.Globalization;
using CognitoMfaScenario.Tokens;
using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>Shows token summaries as a table; the raw tokens only truncated unless asked for.</summary>
public static class TokenSummaryView
{
    /// <param name="console">Where to write.</param>
    /// <param name="summaries">From <see cref="TokenInspector"/>.</param>
    /// <param name="now">The injected clock's time, for "expires in".</param>
    public static void Write(IAnsiConsole console, IReadOnlyList<TokenSummary> summaries, DateTimeOffset now)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Claim");
        foreach (var summary in summaries)
        {
            table.AddColumn($"{summary.TokenUse} token");
        }

        AddRow(table, "user", summaries, s => s.Username);
        AddRow(table, "sub", summaries, s => s.Subject);
        AddRow(table, "email", summaries, s => s.Email);
        AddRow(table, "client", summaries, s => s.ClientId);
        AddRow(table, "scopes", summaries, s => s.Scopes.Count == 0 ? null : string.Join(' ', s.Scopes));
        AddRow(table, "device key", summaries, s => s.DeviceKey);
        AddRow(table, "issued", summaries, s => s.IssuedAt?.ToString("u", CultureInfo.InvariantCulture));
        AddRow(table, "expires", summaries, s => Expiry(s.ExpiresAt, now));
        AddRow(table, "issuer", summaries, s => s.Issuer);
        AddRow(table, "signature", summaries, s => s.Signature switch
        {
            SignatureStatus.Valid => "valid (" + s.SignatureDetail + ")",
            SignatureStatus.Invalid => "INVALID: " + s.SignatureDetail,
            _ => "not checked: " + s.SignatureDetail,
        });
        console.Write(table);
    }

    /// <summary>One token line: truncated by default, complete only with --show-tokens.</summary>
    public static void WriteRawToken(IAnsiConsole console, string label, string? token, bool showInFull)
    {
        if (!showInFull || token is null)
        {
            console.MarkupLine($"  [grey]{Markup.Escape(label)}:[/] {Markup.Escape(SecretFormatter.Truncate(token))}");
            return;
        }

        // Past Spectre's line wrapping, so the token stays one line that can be copied whole.
        console.MarkupLine($"  [grey]{Markup.Escape(label)}:[/]");
        console.Profile.Out.Writer.WriteLine(token);
    }

    /// <summary>"2026-01-01 13:00:10Z (in 60 min)", or "… (expired)".</summary>
    public static string? Expiry(DateTimeOffset? expiresAt, DateTimeOffset now)
    {
        if (expiresAt is not { } expiry)
        {
            return null;
        }

        var left = expiry - now;
        var relative = left <= TimeSpan.Zero ? "expired" : $"in {(int)Math.Round(left.TotalMinutes)} min";
        return $"{expiry.ToString("u", CultureInfo.InvariantCulture)} ({relative})";
    }

    private static void AddRow(Table table, string label, IReadOnlyList<TokenSummary> summaries, Func<TokenSummary, string?> value)
    {
        var cells = summaries.Select(value).ToList();
        if (cells.All(c => c is null))
        {
            return;
        }

        table.AddRow([new Markup($"[grey]{label}[/]"), .. cells.Select(c => new Text(c ?? "-"))]);
    }
}
