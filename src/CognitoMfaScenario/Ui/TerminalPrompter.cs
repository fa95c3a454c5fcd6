using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>Prompts on an interactive terminal with Spectre.Console (masked secrets, validation, defaults).</summary>
public sealed class TerminalPrompter(IAnsiConsole console) : IPrompter
{
    /// <inheritdoc />
    public Task<string> AskAsync(string question, string? defaultValue, Func<string, string?>? validate, CancellationToken cancellationToken)
    {
        var prompt = new TextPrompt<string>(Markup.Escape(question));
        if (defaultValue is not null)
        {
            prompt.DefaultValue(defaultValue);
        }

        if (validate is not null)
        {
            prompt.Validate(answer => validate(answer.Trim()) is { } error
                ? ValidationResult.Error("[red]" + Markup.Escape(error) + "[/]")
                : ValidationResult.Success());
        }

        return AskTrimmedAsync(prompt, cancellationToken);
    }

    /// <inheritdoc />
    public Task<string> AskSecretAsync(string question, bool allowEmpty, CancellationToken cancellationToken)
    {
        // Spectre adds no colon to a secret prompt; end it like the other prompts.
        var text = question.EndsWith(':') || question.EndsWith('?') ? question : question + ":";
        var prompt = new TextPrompt<string>(Markup.Escape(text)).Secret();
        if (allowEmpty)
        {
            prompt.AllowEmpty();
        }

        return prompt.ShowAsync(console, cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> ConfirmAsync(string question, bool defaultValue, CancellationToken cancellationToken) =>
        new ConfirmationPrompt(Markup.Escape(question)) { DefaultValue = defaultValue }.ShowAsync(console, cancellationToken);

    /// <inheritdoc />
    public Task<string> ChooseAsync(string question, IReadOnlyList<string> choices, string defaultChoice, CancellationToken cancellationToken)
    {
        var prompt = new TextPrompt<string>(Markup.Escape(question), StringComparer.OrdinalIgnoreCase)
            .AddChoices(choices)
            .DefaultValue(defaultChoice);
        return AskTrimmedAsync(prompt, cancellationToken);
    }

    private async Task<string> AskTrimmedAsync(TextPrompt<string> prompt, CancellationToken cancellationToken) =>
        (await prompt.ShowAsync(console, cancellationToken).ConfigureAwait(false)).Trim();
}
