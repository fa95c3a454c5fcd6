namespace ClientGenerator;

/// <summary>A user-facing error: printed as one line, no stack trace.</summary>
internal sealed class GeneratorException(string message) : Exception(message);
