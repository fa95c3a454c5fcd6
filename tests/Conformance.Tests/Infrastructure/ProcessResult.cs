namespace Conformance.Tests.Infrastructure;

/// <summary>What an external process did: its exit code and everything it wrote.</summary>
public sealed record ProcessResult(string Description, int ExitCode, string StandardOutput, string StandardError)
{
    /// <summary>Output for assertion messages, with tokens, sessions and secrets masked.</summary>
    public string Transcript =>
        $"{Description} exited with {ExitCode}.{Environment.NewLine}" +
        $"--- stdout ---{Environment.NewLine}{SecretRedaction.Redact(StandardOutput).Trim()}{Environment.NewLine}" +
        $"--- stderr ---{Environment.NewLine}{SecretRedaction.Redact(StandardError).Trim()}";
}
