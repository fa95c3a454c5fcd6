using Spectre.Console.Testing;

namespace CognitoMfaScenario.Tests.Support;

/// <summary>
/// Piped answers that can depend on what the program printed so far (e.g. a TOTP code computed
/// from the secret shown in step 7), read one per line like redirected standard input.
/// </summary>
public sealed class AnswerScript(TestConsole console, params Func<string, string>[] answers) : TextReader
{
    private readonly Queue<Func<string, string>> _answers = new(answers);

    public override string? ReadLine() => _answers.TryDequeue(out var answer) ? answer(console.Output) : null;
}
