using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>The few kinds of line the scenario prints, styled the same everywhere. Text is escaped, never markup.</summary>
public static class ConsoleMessages
{
    /// <summary>"Step 3. Resend the confirmation code" as a rule across the screen.</summary>
    public static void StepHeader(this IAnsiConsole console, int number, string title)
    {
        console.WriteLine();
        console.Write(new Rule($"[bold]Step {number}. {Markup.Escape(title)}[/]").LeftJustified());
    }

    public static void Info(this IAnsiConsole console, string text) => console.MarkupLine(Markup.Escape(text));

    public static void Success(this IAnsiConsole console, string text) => console.MarkupLine("[green]✓[/] " + Markup.Escape(text));

    public static void Warning(this IAnsiConsole console, string text) => console.MarkupLine("[yellow]![/] " + Markup.Escape(text));

    public static void Problem(this IAnsiConsole console, string text) => console.MarkupLine("[red]✗ " + Markup.Escape(text) + "[/]");

    /// <summary>A label and a value on one line ("Status: CONFIRMED").</summary>
    public static void Field(this IAnsiConsole console, string label, string? value) =>
        console.MarkupLine($"  [grey]{Markup.Escape(label)}:[/] {Markup.Escape(value ?? "-")}");
}
