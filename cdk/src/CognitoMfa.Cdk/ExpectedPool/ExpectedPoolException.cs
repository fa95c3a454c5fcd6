namespace CognitoMfa.Cdk.ExpectedPool;

/// <summary>The expected-pool file cannot be read or holds a setting the stack cannot deploy.</summary>
public sealed class ExpectedPoolException(string message, Exception? inner = null) : Exception(message, inner);
