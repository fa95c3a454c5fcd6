using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>
/// Reads answers one per line from redirected standard input (a script, a pipe, a CI job).
/// The questions are still written, so a transcript reads like a terminal session; secrets are
/// never echoed. End of input stops the scenario with <see cref="Errors.InputEndedException"/>.
/// </summary>
public sealed class LinePrompter(IAnsiConsole console, TextReader input) : IPrompter
{
    private static readonly TimeSpan EndOfInputGrace = TimeSpan.FromMilliseconds(300);

    /// <inheritdoc />
    public Task<string> AskAsync(string question, string? defaultValue, Func<string, string?>? validate, CancellationToken cancellationToken) =>
        AskLineAsync(question, defaultValue, showDefault: true, validate, cancellationToken);

    private async Task<string> AskLineAsync(string question, string? defaultValue, bool showDefault, Func<string, string?>? validate, CancellationToken cancellationToken)
    {
        while (true)
        {
            var shownDefault = defaultValue is null || !showDefault ? string.Empty : $" [grey]({Markup.Escape(defaultValue)})[/]";
            console.Markup(Markup.Escape(question) + shownDefault + ": ");
            var answer = (await ReadLineAsync(question, cancellationToken).ConfigureAwait(false)).Trim();
            if (answer.Length == 0 && defaultValue is not null)
            {
                answer = defaultValue;
            }

            console.WriteLine(answer);
            var error = answer.Length == 0 ? "An answer is required." : validate?.Invoke(answer);
            if (error is null)
            {
                return answer;
            }

            console.MarkupLine("[red]" + Markup.Escape(error) + "[/]");
        }
    }

    /// <inheritdoc />
    public async Task<string> AskSecretAsync(string question, bool allowEmpty, CancellationToken cancellationToken)
    {
        while (true)
        {
            console.Markup(Markup.Escape(question) + ": ");
            var answer = await ReadLineAsync(question, cancellationToken).ConfigureAwait(false);
            console.WriteLine(answer.Length == 0 ? "(empty)" : "(hidden)");
            if (answer.Length > 0 || allowEmpty)
            {
                return answer;
            }

            console.MarkupLine("[red]An answer is required.[/]");
        }
    }

    /// <inheritdoc />
    public async Task<bool> ConfirmAsync(string question, bool defaultValue, CancellationToken cancellationToken)
    {
        var answer = await AskLineAsync(question + (defaultValue ? " [Y/n]" : " [y/N]"), defaultValue ? "y" : "n", showDefault: false,
            a => a.ToLowerInvariant() is "y" or "yes" or "n" or "no" ? null : "Answer y or n.", cancellationToken).ConfigureAwait(false);
        return answer.ToLowerInvariant() is "y" or "yes";
    }

    /// <inheritdoc />
    public async Task<string> ChooseAsync(string question, IReadOnlyList<string> choices, string defaultChoice, CancellationToken cancellationToken)
    {
        var answer = await AskAsync($"{question} [{string.Join('/', choices)}]", defaultChoice,
            a => choices.Contains(a, StringComparer.OrdinalIgnoreCase) ? null : $"Answer one of: {string.Join(", ", choices)}.",
            cancellationToken).ConfigureAwait(false);
        return choices.First(c => string.Equals(c, answer, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<string> ReadLineAsync(string question, CancellationToken cancellationToken)
    {
        // Console.In reads synchronously even through ReadLineAsync; reading on the thread pool
        // lets Ctrl+C end the wait instead of hanging until the next line arrives.
        var line = await Task.Run(input.ReadLine, CancellationToken.None).WaitAsync(cancellationToken).ConfigureAwait(false);
        if (line is null)
        {
            // Ctrl+C on a pipeline also ends the process writing the answers, and its end of input can arrive a
            // moment before the signal does: give the signal that moment, so Ctrl+C stays a cancellation (exit 130).
            await Task.Delay(EndOfInputGrace, cancellationToken).ConfigureAwait(false);
            throw new Errors.InputEndedException(question);
        }

        return line;
    }
}
