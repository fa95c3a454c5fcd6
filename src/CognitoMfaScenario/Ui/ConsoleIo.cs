using Spectre.Console;

namespace CognitoMfaScenario.Ui;

/// <summary>The program's terminal: output, and the redirected input to read answers from (null on a real terminal).</summary>
public sealed record ConsoleIo(IAnsiConsole Console, TextReader? RedirectedInput)
{
    /// <summary>The prompter that fits: Spectre prompts on a terminal, line reading for piped answers.</summary>
    public IPrompter CreatePrompter() =>
        RedirectedInput is null ? new TerminalPrompter(Console) : new LinePrompter(Console, RedirectedInput);
}
