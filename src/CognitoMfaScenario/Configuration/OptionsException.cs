namespace CognitoMfaScenario.Configuration;

/// <summary>A problem with the options the user gave (exit code 2, with usage).</summary>
public sealed class OptionsException(string message) : Exception(message);
