namespace CognitoMfaScenario.Ui;

/// <summary>
/// Asks the person running the scenario. Two implementations: a terminal one (Spectre.Console
/// prompts, masked passwords) and one for answers piped into standard input.
/// In --non-interactive mode the scenario never asks.
/// </summary>
public interface IPrompter
{
    /// <summary>Asks for a line of text. An empty answer takes <paramref name="defaultValue"/> when given.</summary>
    /// <param name="question">The question (plain text, not markup).</param>
    /// <param name="defaultValue">Used when the answer is empty; null means an answer is required.</param>
    /// <param name="validate">Returns an error message for an unacceptable answer, or null; the question is asked again.</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    Task<string> AskAsync(string question, string? defaultValue, Func<string, string?>? validate, CancellationToken cancellationToken);

    /// <summary>Asks for a secret (masked on a terminal, never echoed).</summary>
    /// <param name="question">The question (plain text).</param>
    /// <param name="allowEmpty">Whether an empty answer is acceptable (the caller then picks a value).</param>
    /// <param name="cancellationToken">Ctrl+C.</param>
    Task<string> AskSecretAsync(string question, bool allowEmpty, CancellationToken cancellationToken);

    /// <summary>Asks a yes/no question.</summary>
    Task<bool> ConfirmAsync(string question, bool defaultValue, CancellationToken cancellationToken);

    /// <summary>Asks to pick one of a few words; the answer is one of <paramref name="choices"/>.</summary>
    Task<string> ChooseAsync(string question, IReadOnlyList<string> choices, string defaultChoice, CancellationToken cancellationToken);
}
