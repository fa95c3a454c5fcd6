namespace CognitoMfaScenario.Errors;

/// <summary>
/// A step cannot go on for a reason the user can act on. The message is shown as is
/// (no stack trace) and the program exits with code 1.
/// </summary>
public class ScenarioException(string message, Exception? innerException = null) : Exception(message, innerException);

/// <summary>Standard input ended (piped answers ran out) while the scenario still needed an answer.</summary>
public sealed class InputEndedException(string question)
    : ScenarioException($"Standard input ended while waiting for an answer to \"{question}\". Pipe one answer per line, or run with --non-interactive.");
