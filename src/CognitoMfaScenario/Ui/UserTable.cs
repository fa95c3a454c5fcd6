using System.Globalization;
using Amazon.CognitoIdentityProvider.Model;
using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>The pool's users as a table.</summary>
public static class UserTable
{
    public static void Write(IAnsiConsole console, IReadOnlyList<UserType> users, string highlightUsername)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("User name").AddColumn("Status").AddColumn("Enabled").AddColumn("Email").AddColumn("Created (UTC)");
        foreach (var user in users)
        {
            var name = Markup.Escape(user.Username ?? "-");
            table.AddRow(
                string.Equals(user.Username, highlightUsername, StringComparison.OrdinalIgnoreCase) ? $"[bold]{name}[/]" : name,
                Markup.Escape(user.UserStatus?.Value ?? "-"),
                user.Enabled is { } enabled ? (enabled ? "yes" : "no") : "-",
                Markup.Escape(user.Attributes?.FirstOrDefault(a => a.Name == "email")?.Value ?? "-"),
                user.UserCreateDate?.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "-");
        }

        console.Write(table);
        console.Info($"{users.Count} user(s) in the pool.");
    }
}
